import { stageLabels, type StageName } from '../../src/api/submissions';

/** A submission's stage in the recruiter's words, in the stage's colour. */
export function StageBadge({ stage }: { stage: StageName }) {
  return (
    <span className={`badge candidate-stage candidate-stage--${stage}`}>
      <span className="badge-dot" aria-hidden />
      {stageLabels[stage]}
    </span>
  );
}
