export interface AppInfo {
  schemaVersion: number;
  databasePath: string;
  deviceId: string;
  counts: Record<string, number>;
}
