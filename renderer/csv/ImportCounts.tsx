import type { CsvImportProgress } from '../../src/api/csv';
import { kindLabels } from './csvFormat';

/** What the import has done so far: the rows added, those found on file already, and those turned away. */
export function ImportCounts({ progress }: { progress: CsvImportProgress }) {
  const counts: [label: string, value: number, tone: string][] = [
    [`${kindLabels[progress.kind].title} added`, progress.accepted, 'new'],
    ['Duplicates', progress.duplicateCount, 'duplicate'],
    ['Rejected', progress.rejectedCount, 'rejected'],
  ];
  if (progress.clientsCreated > 0) counts.push(['New clients', progress.clientsCreated, 'clients']);
  return (
    <dl className="csv-counts">
      {counts.map(([label, value, tone]) => (
        <div key={label} className={`csv-count csv-count--${tone}`}>
          <dt>{label}</dt>
          <dd className="numeric">{value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}
