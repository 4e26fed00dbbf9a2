import { useState } from 'react';
import { Link } from 'wouter';
import { conflictSides, type Conflict, type ConflictSide } from '../../src/api/sharing';
import { asApiError } from '../api/data';
import { recordPath } from '../app/paths';
import { ConflictValue } from './ConflictValue';
import { conflictRecord } from './sharingFormat';

const kinds = {
  edit: {
    badge: 'Changed on both computers',
    explain: 'The later change is in use. Keep the other if it is the right one.',
  },
  edit_vs_delete: {
    badge: 'Changed on one, deleted on the other',
    explain: 'One computer changed this record while the other moved it to the trash. Keep the changes to bring it back, or keep it in the trash.',
  },
} as const;

interface ConflictCardProps {
  conflict: Conflict;
  /** Absent in an import's preview, where nothing can be chosen yet. */
  onKeep?: (side: ConflictSide) => Promise<void>;
}

/** One conflict: the record and its detail, and both values side by side with who wrote each and when. */
export function ConflictCard({ conflict, onKeep }: ConflictCardProps) {
  const [keeping, setKeeping] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const record = conflictRecord(conflict);
  const kind = kinds[conflict.kind];

  async function keep(side: ConflictSide) {
    if (!onKeep) return;
    setKeeping(true);
    setProblem(null);
    try {
      await onKeep(side);
    } catch (error) {
      setProblem(asApiError(error).message);
      setKeeping(false);
    }
  }

  return (
    <article
      className={onKeep ? 'card sharing-conflict' : 'sharing-conflict sharing-conflict--preview'}
      aria-label={`${conflict.recordName}: ${conflict.fieldLabel}`}
    >
      <header className="sharing-conflict-head">
        <h3 className="sharing-conflict-title">
          {record && onKeep ? (
            <Link href={recordPath(record)} className="link">
              {conflict.recordName}
            </Link>
          ) : (
            conflict.recordName
          )}
          {conflict.kind === 'edit' && (
            <>
              <span className="dot-sep" aria-hidden>
                ·
              </span>
              <span className="sr-only">, </span>
              <span className="sharing-conflict-field">{conflict.fieldLabel}</span>
            </>
          )}
        </h3>
        <span className={`badge sharing-kind sharing-kind--${conflict.kind}`}>{kind.badge}</span>
      </header>
      {onKeep && <p className="muted sharing-conflict-explain">{kind.explain}</p>}
      <div className="sharing-sides">
        {conflictSides.map((side) => (
          <ConflictValue
            key={side}
            side={side}
            value={conflict[side]}
            current={conflict.current === side}
            onKeep={onKeep && (() => void keep(side))}
            disabled={keeping}
          />
        ))}
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </article>
  );
}
