import { Link } from 'wouter';
import type { CsvKind, CsvRowOutcome } from '../../src/api/csv';
import { recordPathOf } from './csvFormat';

/** What the import will do with a row: add it, leave it as a duplicate of a record on file, or reject it and why. */
export function RowOutcome({ kind, outcome }: { kind: CsvKind; outcome: CsvRowOutcome }) {
  switch (outcome.status) {
    case 'new':
      return (
        <div className="csv-outcome">
          <span className="badge csv-badge csv-badge--new">New</span>
          {outcome.newClient && (
            <span className="csv-outcome-detail">
              new client <strong>{outcome.newClient}</strong> will be created
            </span>
          )}
          {/* A value no field could take (a country it cannot tell) comes in as the note will say it. */}
          {outcome.noted?.map((line) => (
            <span key={line} className="csv-outcome-detail">
              kept in its note: {line}
            </span>
          ))}
        </div>
      );
    case 'duplicate':
      return (
        <div className="csv-outcome">
          <span className="csv-outcome-line">
            <span className="badge csv-badge csv-badge--duplicate">Duplicate</span>
            <span>
              of{' '}
              <Link href={recordPathOf(kind, outcome.existing.id)} className="link">
                {outcome.existing.name}
              </Link>
            </span>
          </span>
          <span className="csv-outcome-detail">{outcome.reason}</span>
        </div>
      );
    case 'rejected':
      return (
        <div className="csv-outcome">
          <span className="badge csv-badge csv-badge--rejected">Rejected</span>
          <span className="csv-outcome-detail">{outcome.reason}</span>
        </div>
      );
  }
}
