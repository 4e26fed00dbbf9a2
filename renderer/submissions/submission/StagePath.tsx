import { Check } from 'lucide-react';
import { isClosed, openStages, stageLabels, type StageChange, type StageName, type Submission } from '../../../src/api/submissions';
import { formatDate, formatFull } from '../../ui/dates';

/** How long it stood at each stage, from its history: what shows a client dragging its feet. */
function timeInStages(history: StageChange[], now: Date): Map<StageName, number> {
  const spent = new Map<StageName, number>();
  history.forEach((change, i) => {
    const until = i + 1 < history.length ? new Date(history[i + 1]!.at) : now;
    spent.set(change.stage, (spent.get(change.stage) ?? 0) + (until.getTime() - new Date(change.at).getTime()));
  });
  return spent;
}

function formatSpent(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  if (days < 1) return 'under a day';
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** The road to a placement, with where this submission has been, for how long, and where it is. */
export function StagePath({ submission, history }: { submission: Submission; history: StageChange[] }) {
  const spent = timeInStages(history, new Date());
  const firstAt = (stage: StageName) => history.find((c) => c.stage === stage)?.at;
  const closed = isClosed(submission.stage);
  const currentIndex = (openStages as readonly StageName[]).indexOf(submission.stage);
  return (
    <section className="card" aria-labelledby="stage-path-heading">
      <h2 className="card-title" id="stage-path-heading">
        Progress
      </h2>
      <ol className="stage-path" aria-label="Stages">
        {openStages.map((stage, i) => {
          const reached = firstAt(stage);
          // A stage passed over on the way (straight from submitted to interviewing) was skipped, not done.
          const state = stage === submission.stage ? 'current' : reached ? 'done' : i < currentIndex ? 'skipped' : 'ahead';
          return (
            <li key={stage} className={`stage-path-item stage-path-item--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className={`stage-path-marker stage--${stage}`} aria-hidden>
                {state === 'done' && <Check size={10} strokeWidth={3.5} />}
              </span>
              <span className="stage-path-name">
                {stageLabels[stage]}
                {stage === 'interviewing' && submission.stage === 'interviewing' && submission.step && (
                  <span className="muted"> · {submission.step}</span>
                )}
                {state === 'skipped' && <span className="stage-path-skipped"> skipped</span>}
              </span>
              {reached && (
                <span className="stage-path-time" title={`Reached ${formatFull(reached)}`}>
                  {formatSpent(spent.get(stage) ?? 0)}
                </span>
              )}
            </li>
          );
        })}
        {closed && (
          <li className={`stage-path-item stage-path-item--current stage-path-item--closed`} aria-current="step">
            <span className={`stage-path-marker stage--${submission.stage}`} aria-hidden />
            <span className="stage-path-name">{stageLabels[submission.stage]}</span>
            <span className="stage-path-time">since {formatDate(submission.stageSince)}</span>
          </li>
        )}
      </ol>
    </section>
  );
}
