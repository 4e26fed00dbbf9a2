export interface AppInfo {
  schemaVersion: number;
  databasePath: string;
  deviceId: string;
  counts: Record<string, number>;
}

/** The database's state as the host sees it: being checked after a crash, fine, or damaged. */
export interface Health {
  state: 'checking' | 'ok' | 'damaged';
  /** For a damaged file: what SQLite found, and where the file is. */
  message: string | null;
}
