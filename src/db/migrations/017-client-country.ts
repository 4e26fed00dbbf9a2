import type { Migration } from './types';

/**
 * A client's country (ISO 3166, "DE"): a new job at the client starts in its currency. A synced
 * field like the client's others; clients made before it have none until the recruiter sets it.
 */
export const clientCountry: Migration = {
  version: 17,
  name: 'client country',
  changesExports: true,
  up(db) {
    db.exec(`ALTER TABLE clients ADD COLUMN country TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country)))`);
  },
};
