import { ClipboardList, PencilLine } from 'lucide-react';
import { Link } from 'wouter';
import type { Completeness } from '../../src/api/intake';
import { paths } from '../app/paths';
import { CompletenessRing } from './CompletenessRing';

interface IntakeCompletenessProps {
  jobId: string;
  completeness: Completeness;
  hasIntake: boolean;
}

/** What is agreed with the client so far, what is still missing, and the way to the intake form. */
export function IntakeCompleteness({ jobId, completeness, hasIntake }: IntakeCompletenessProps) {
  const { done, total, missing } = completeness;
  return (
    <section className="card completeness" aria-labelledby="completeness-heading">
      <div className="completeness-head">
        <CompletenessRing done={done} total={total} />
        <div>
          <h2 className="card-title" id="completeness-heading">
            Intake completeness
          </h2>
          <p className="completeness-count">
            {done === total ? 'Everything agreed' : `${done} of ${total} sections agreed`}
          </p>
        </div>
      </div>
      {missing.length > 0 && (
        <div className="completeness-missing">
          <h3 className="detail-term" id="missing-heading">
            Still missing
          </h3>
          <ul className="missing-list" aria-labelledby="missing-heading">
            {missing.map((m) => (
              <li key={m.section} className="missing-item">
                {m.label}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Link href={paths.jobIntake(jobId)} className={hasIntake ? 'button button--secondary' : 'button button--primary'}>
        {hasIntake ? <PencilLine size={15} aria-hidden className="button-icon" /> : <ClipboardList size={15} aria-hidden className="button-icon" />}
        {hasIntake ? 'Revise intake' : 'Start intake'}
      </Link>
    </section>
  );
}
