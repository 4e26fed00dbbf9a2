import type { CsvColumnReport, CsvImportProgress } from '../../src/api/csv';
import { counted, kindLabels } from './csvFormat';

const ways: { title: string; which: (goesTo: CsvColumnReport['goesTo']) => boolean; named: boolean }[] = [
  { title: 'Into fields', which: (t) => t !== null && t !== 'note' && t !== 'tags', named: false },
  { title: 'Kept as a note', which: (t) => t === 'note', named: true },
  { title: 'As tags', which: (t) => t === 'tags', named: true },
  { title: 'Left out, as you chose', which: (t) => t === null, named: true },
];

/** Where every column of the file went, so the recruiter sees that nothing was lost on the way. */
export function ColumnReport({ progress }: { progress: CsvImportProgress }) {
  const { one, many } = kindLabels[progress.kind];
  return (
    <div className="csv-column-report">
      <h3 className="csv-subtitle">Where the columns went</h3>
      <dl className="csv-column-ways">
        {ways.map(({ title, which, named }) => {
          const columns = progress.columns.filter((c) => which(c.goesTo)).map((c) => c.name);
          if (columns.length === 0) return null;
          return (
            <div key={title} className="csv-column-way">
              <dt>{title}</dt>
              <dd>{named ? columns.join(', ') : counted(columns.length, 'column')}</dd>
            </div>
          );
        })}
      </dl>
      {progress.notesAdded > 0 && (
        <p className="hint">
          {counted(progress.notesAdded, one, many)} got a note with the values of the columns kept as a note.
        </p>
      )}
      {progress.tagsCreated.length > 0 && (
        <p className="hint">
          New {progress.tagsCreated.length === 1 ? 'tag' : 'tags'}, not used before this file: {progress.tagsCreated.slice(0, 20).map((t) => `“${t}”`).join(', ')}
          {progress.tagsCreated.length > 20 ? ` and ${progress.tagsCreated.length - 20} more` : ''}.
          Rename or merge them in Settings.
        </p>
      )}
    </div>
  );
}
