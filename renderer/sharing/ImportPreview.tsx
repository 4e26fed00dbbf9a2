import { DatabaseBackup, GitMerge, Laptop } from 'lucide-react';
import type { ImportSummary } from '../../src/api/sharing';
import { Button } from '../ui/Button';
import { formatFull, formatMoment } from '../ui/dates';
import { ConflictCard } from './ConflictCard';
import { DuplicatePairLine } from './DuplicatePairLine';
import { ImportChanges } from './ImportChanges';
import { exporterOf } from './sharingFormat';

/** A few conflicts side by side are enough to judge by; the rest wait in the review list. */
const CONFLICTS_SHOWN = 3;

interface ImportPreviewProps {
  summary: ImportSummary;
  importing: boolean;
  onMerge: () => void;
  onCancel: () => void;
}

/** What merging the export would do, with nothing written yet. */
export function ImportPreview({ summary, importing, onMerge, onCancel }: ImportPreviewProps) {
  const { from, conflicts, likelyDuplicates } = summary;
  const fileName = summary.path.split(/[\\/]/).pop();
  return (
    <div className="sharing-preview" aria-labelledby="import-preview-title">
      <div className="sharing-preview-head">
        <h3 className="sharing-subtitle" id="import-preview-title">
          What importing would do
        </h3>
        <p className="sharing-source">
          <Laptop size={14} aria-hidden className="inline-icon" />
          Exported by <strong>{exporterOf(from)}</strong>,{' '}
          <time dateTime={from.exportedAt} title={formatFull(from.exportedAt)}>
            {formatMoment(from.exportedAt)}
          </time>
          <span className="dot-sep" aria-hidden>
            ·
          </span>
          <span className="mono">{fileName}</span>
        </p>
      </div>
      <ImportChanges summary={summary} label="Changes to your database" />

      {conflicts.length > 0 && (
        <section className="sharing-preview-section" aria-labelledby="import-preview-conflicts">
          <h4 className="sharing-minor-title" id="import-preview-conflicts">
            {conflicts.length === 1 ? '1 conflict' : `${conflicts.length} conflicts`}
          </h4>
          <p className="muted">
            The same detail was changed on both computers. The later change is used for now; you can keep the other once the export is
            merged.
          </p>
          {conflicts.slice(0, CONFLICTS_SHOWN).map((conflict) => (
            <ConflictCard key={conflict.id} conflict={conflict} />
          ))}
          {conflicts.length > CONFLICTS_SHOWN && (
            <p className="muted">And {conflicts.length - CONFLICTS_SHOWN} more, all in Conflicts once the export is merged.</p>
          )}
        </section>
      )}

      {likelyDuplicates.length > 0 && (
        <section className="sharing-preview-section" aria-labelledby="import-preview-duplicates">
          <h4 className="sharing-minor-title" id="import-preview-duplicates">
            {likelyDuplicates.length === 1 ? '1 likely duplicate' : `${likelyDuplicates.length} likely duplicates`}
          </h4>
          <p className="muted">Candidates who may be one person entered by both of you. Nothing is merged unless you choose to.</p>
          <ul className="sharing-pair-lines">
            {likelyDuplicates.map((pair) => (
              <DuplicatePairLine key={pair.candidates.map((c) => c.id).join()} pair={pair} />
            ))}
          </ul>
        </section>
      )}

      <p className="sharing-note">
        <DatabaseBackup size={15} aria-hidden className="inline-icon" />
        Nothing has been written yet. Merging takes a backup of your database first.
      </p>
      <div className="sharing-actions">
        <Button variant="primary" icon={GitMerge} onClick={onMerge} disabled={importing}>
          {importing ? 'Merging…' : 'Merge into my database'}
        </Button>
        <Button onClick={onCancel} disabled={importing}>
          Choose another file
        </Button>
      </div>
    </div>
  );
}
