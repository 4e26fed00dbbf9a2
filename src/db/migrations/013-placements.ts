import { placementId } from '../../placements/placementId';
import { stamps } from './stamps';
import type { Migration } from './types';

/**
 * The money side of a placement: the fee as agreed (when the recruiter changed it from the
 * terms, with why), its split between recruiters, the invoice and its payment, and a fall-off
 * inside the guarantee. One row per placed submission, its id derived from the submission's, so
 * two laptops that record the same placement make one row. The start date, salary and guarantee
 * stay on the submission, where the move to placed writes them.
 *
 * Clients gain their invoicing terms: days to pay, and what a fall-off inside the guarantee
 * costs the agency (a refund, a share of the fee back, or a free replacement).
 */
export const placements: Migration = {
  version: 13,
  name: 'placements: fee, split, invoice, payment, fall-off; clients’ payment and fall-off terms',
  changesExports: true,
  up(db) {
    db.exec(`
      -- splits: JSON [{ "recruiter": text, "percent": number }], adding up to 100.
      CREATE TABLE placements (
        id TEXT PRIMARY KEY,
        submission_id TEXT NOT NULL REFERENCES submissions (id),
        fee_amount REAL,
        fee_currency TEXT,
        fee_reason TEXT,
        splits TEXT NOT NULL,
        invoice_number TEXT,
        invoice_raised_on TEXT,
        invoice_due_on TEXT,
        paid_on TEXT,
        fell_off_on TEXT,
        fall_off_reason TEXT,
        fall_off_remedy TEXT CHECK (fall_off_remedy IN ('refund', 'partial_refund', 'replacement')),
        refund_amount REAL,${stamps}
      ) STRICT;
      CREATE INDEX placements_by_submission ON placements (submission_id);

      ALTER TABLE clients ADD COLUMN payment_terms_days INTEGER;
      ALTER TABLE clients ADD COLUMN fall_off_remedy TEXT CHECK (fall_off_remedy IN ('refund', 'partial_refund', 'replacement'));
      ALTER TABLE clients ADD COLUMN fall_off_refund_percent REAL;
    `);
    // Placements recorded before this version: their fee as the move wrote it, unsplit, not invoiced.
    const insert = db.prepare(`
      INSERT INTO placements (id, submission_id, fee_amount, fee_currency, splits, created_hlc, created_at,
        created_by, updated_at, updated_by)
      SELECT ?, id, placement_fee, placement_fee_currency, '[]', created_hlc, created_at, created_by, updated_at, updated_by
      FROM submissions WHERE id = ?`);
    const placed = db.prepare('SELECT id FROM submissions WHERE placement_start_on IS NOT NULL').pluck().all() as string[];
    for (const id of placed) insert.run(placementId(id), id);
  },
};
