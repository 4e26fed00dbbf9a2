import { Split } from 'lucide-react';
import { useId, useState } from 'react';
import type { DuplicateCandidate, LikelyDuplicate } from '../../src/api/sharing';
import { asApiError } from '../api/data';
import { Button } from '../ui/Button';
import { DuplicateSide } from './DuplicateSide';
import { MergeDialog } from './MergeDialog';
import { tellApart } from './sharingActions';
import { describeMatch } from './sharingFormat';

/** Two candidates side by side: keep either one (the other merges into it), or tell them apart. */
export function DuplicatePair({ pair }: { pair: LikelyDuplicate }) {
  const [a, b] = pair.candidates;
  const titleId = useId();
  const [merging, setMerging] = useState<{ keep: DuplicateCandidate; drop: DuplicateCandidate } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function notTheSame() {
    setBusy(true);
    setProblem(null);
    try {
      await tellApart(a, b);
    } catch (error) {
      setProblem(asApiError(error).message);
      setBusy(false);
    }
  }

  return (
    <article className="card sharing-pair" aria-labelledby={titleId}>
      <header className="sharing-pair-head">
        <h3 className="sharing-pair-title" id={titleId}>
          <span className="sr-only">
            {a.name} and {b.name}:{' '}
          </span>
          {describeMatch(pair.matchedOn)}
        </h3>
        <Button variant="ghost" icon={Split} onClick={() => void notTheSame()} disabled={busy}>
          Not the same person
        </Button>
      </header>
      <div className="sharing-sides">
        <DuplicateSide candidate={a} onKeep={() => setMerging({ keep: a, drop: b })} disabled={busy} />
        <DuplicateSide candidate={b} onKeep={() => setMerging({ keep: b, drop: a })} disabled={busy} />
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {merging && <MergeDialog keep={merging.keep} drop={merging.drop} onClose={() => setMerging(null)} />}
    </article>
  );
}
