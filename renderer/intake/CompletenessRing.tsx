const SIZE = 56;
const STROKE = 6;
const RADIUS = (SIZE - STROKE) / 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** How much of the intake is agreed, as a ring that fills up; the words say the same for a screen reader. */
export function CompletenessRing({ done, total }: { done: number; total: number }) {
  const share = total === 0 ? 0 : done / total;
  const tone = share === 1 ? 'complete' : share >= 0.5 ? 'partial' : 'low';
  return (
    <div
      className={`ring ring--${tone}`}
      role="meter"
      aria-label="Intake completeness"
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      aria-valuetext={`${done} of ${total} sections agreed`}
    >
      <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden>
        <circle className="ring-track" cx={SIZE / 2} cy={SIZE / 2} r={RADIUS} strokeWidth={STROKE} fill="none" />
        <circle
          className="ring-fill"
          cx={SIZE / 2}
          cy={SIZE / 2}
          r={RADIUS}
          strokeWidth={STROKE}
          fill="none"
          strokeLinecap="round"
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - share)}
          transform={`rotate(-90 ${SIZE / 2} ${SIZE / 2})`}
        />
      </svg>
      <span className="ring-label" aria-hidden>
        {done}
        <span className="ring-total">/{total}</span>
      </span>
    </div>
  );
}
