import type { ReactNode } from 'react';

/** A numbered step's heading, so the page reads top to bottom as the order of the work. */
export function StepTitle({ step, id, children }: { step: number; id: string; children: ReactNode }) {
  return (
    <h2 className="card-title csv-step-title" id={id}>
      <span className="csv-step-number" aria-hidden>
        {step}
      </span>
      {children}
    </h2>
  );
}
