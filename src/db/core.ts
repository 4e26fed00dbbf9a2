import type { Database } from 'better-sqlite3';
import { Background } from './background';
import type { Clock } from './clock';
import type { Hlc } from './hlc';
import { newUuidV7 } from './ids';

/** An open Shortlist database and what every service needs to change it. */
export interface Core {
  db: Database;
  file: string;
  clock: Clock;
  /** The recruiter's IANA time zone: what "today" and "9:00" mean for their reminders. */
  timeZone: string;
  hlc: Hlc;
  deviceId: string;
  schemaVersion: number;
  background: Background;
  newId: () => string;
  /**
   * On the core's writer thread: whether a message from the host is waiting behind the work in
   * hand, so long work made of many transactions (a CSV import) can end its transaction and let
   * it through. Absent elsewhere.
   */
  callsWaiting?: () => boolean;
  /** The better-sqlite3 build this database was opened with, for the extra connections an export or import opens. */
  nativeBinding?: string;
}

/** What a connection's Core is made with beyond the connection itself. */
export interface CoreSetup {
  file: string;
  clock: Clock;
  hlc: Hlc;
  deviceId: string;
  schemaVersion: number;
  timeZone?: string;
  newId?: () => string;
  nativeBinding?: string;
}

/** The Core over an open connection, the writer's or a reader's: this computer's zone and pooled UUIDv7 ids unless told. */
export function coreOver(db: Database, { timeZone, newId, ...setup }: CoreSetup): Core {
  return {
    db,
    ...setup,
    timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    background: new Background(),
    newId: newId ?? newUuidV7,
  };
}
