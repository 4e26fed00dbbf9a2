/**
 * Stamp columns every synced table carries (see src/db/records.ts). created_hlc orders what is
 * append-only across laptops whose clocks disagree; created_at and updated_at are for people. A
 * migration that uses this is frozen with the columns it created: change stamps in a new
 * migration, never here.
 */
export const stamps = `
  created_hlc TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted_at TEXT`;
