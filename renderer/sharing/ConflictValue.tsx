import { Check, Laptop } from 'lucide-react';
import type { ConflictSide, ConflictValue as Value } from '../../src/api/sharing';
import { Button } from '../ui/Button';
import { formatFull, formatMoment } from '../ui/dates';

const sideLabels: Record<ConflictSide, string> = {
  local: 'Yours, before the import',
  incoming: 'From your colleague’s export',
};

interface ConflictValueProps {
  side: ConflictSide;
  value: Value;
  /** The value the record has now. */
  current: boolean;
  onKeep?: () => void;
  disabled?: boolean;
}

/** One side of a conflict: the value, which computer wrote it and when, and the way to keep it. */
export function ConflictValue({ side, value, current, onKeep, disabled }: ConflictValueProps) {
  return (
    <div className={current ? 'sharing-side sharing-side--current' : 'sharing-side'} data-side={side}>
      <p className="sharing-side-label">
        <span>{sideLabels[side]}</span>
        {current && (
          <span className="badge sharing-current">
            <Check size={11} aria-hidden strokeWidth={3} />
            In use now
          </span>
        )}
      </p>
      <p className="sharing-value selectable">{value.value ?? <span className="sharing-empty">Empty</span>}</p>
      <p className="sharing-side-meta">
        <Laptop size={13} aria-hidden className="inline-icon" />
        {value.device},{' '}
        <time dateTime={value.at} title={formatFull(value.at)}>
          {formatMoment(value.at)}
        </time>
      </p>
      {onKeep && (
        <div className="sharing-side-action">
          <Button onClick={onKeep} disabled={disabled} aria-label={`Keep this: ${value.value ?? 'empty'}`}>
            Keep this
          </Button>
        </div>
      )}
    </div>
  );
}
