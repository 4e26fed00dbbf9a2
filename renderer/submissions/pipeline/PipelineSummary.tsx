import { SquareKanban } from 'lucide-react';
import { Link } from 'wouter';
import { isClosed, openStages, stageLabels } from '../../../src/api/submissions';
import { useData } from '../../api/data';
import { paths } from '../../app/paths';

/** On the job's page: how many candidates stand where, and the way into the board. */
export function PipelineSummary({ jobId }: { jobId: string }) {
  const { data: board } = useData('submissions.board', { jobId });
  const count = (stage: string) => board?.columns.find((c) => c.stage === stage)?.cards.length ?? 0;
  const closed = board?.columns.filter((c) => isClosed(c.stage)).reduce((n, c) => n + c.cards.length, 0) ?? 0;
  const total = board?.columns.reduce((n, c) => n + c.cards.length, 0) ?? 0;

  return (
    <section className="card pipeline-summary" aria-labelledby="pipeline-summary-heading">
      <div className="card-header">
        <h2 className="card-title card-title--icon" id="pipeline-summary-heading">
          <SquareKanban size={17} aria-hidden />
          Pipeline
        </h2>
        {board && (
          <p className="pipeline-summary-total muted">
            {total === 0 ? 'No candidates yet' : `${total - closed} in play${closed > 0 ? `, ${closed} closed` : ''}`}
          </p>
        )}
        <Link href={paths.jobPipeline(jobId)} className="button button--primary">
          Open pipeline
        </Link>
      </div>
      <ol className="pipeline-counts" aria-label="Candidates by stage">
        {openStages.map((stage) => (
          <li key={stage} className={count(stage) > 0 ? 'pipeline-count' : 'pipeline-count pipeline-count--none'}>
            <span className="pipeline-count-number">{board ? count(stage) : '–'}</span>
            <span className="pipeline-count-label">{stageLabels[stage]}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
