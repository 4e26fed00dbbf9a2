import type { Core } from '../db/core';
import { statement } from '../db/statements';
import type { ExportSource } from './exportFile';

/**
 * Learns the names of the laptops an export speaks for: the exporter's own (its header) and those
 * it had learned itself. A later naming replaces an earlier one, so every laptop ends up agreeing.
 */
export function rememberDevices(core: Core, source: ExportSource): void {
  const remember = statement(
    core.db,
    `INSERT INTO devices (id, name, person, seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, person = excluded.person, seen_at = excluded.seen_at
     WHERE excluded.seen_at > devices.seen_at`,
  );
  const { header } = source;
  const known = source.db.prepare('SELECT id, name, person, seen_at FROM devices').all() as {
    id: string;
    name: string;
    person: string | null;
    seen_at: string;
  }[];
  for (const device of [{ id: header.deviceId, name: header.deviceName, person: header.person, seen_at: header.exportedAt }, ...known]) {
    if (device.id !== core.deviceId) remember.run(device.id, device.name, device.person, device.seen_at);
  }
}

/** A laptop as a recruiter knows it: "This computer", or the name and person its exports gave. */
export function deviceName(core: Core, deviceId: string): string {
  if (deviceId === core.deviceId) return 'This computer';
  const device = statement(core.db, 'SELECT name, person FROM devices WHERE id = ?').get(deviceId) as
    | { name: string; person: string | null }
    | undefined;
  if (!device) return `Another computer (${deviceId.slice(-8)})`;
  return device.person ? `${device.person} on ${device.name}` : device.name;
}
