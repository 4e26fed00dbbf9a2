import { Download } from 'lucide-react';
import { Link } from 'wouter';
import type { TimeReport } from '../../src/api/reports';
import { stageLabels } from '../../src/api/submissions';
import { call } from '../api/client';
import { paths } from '../app/paths';
import { Button } from '../ui/Button';
import { downloadFile } from '../ui/downloadFile';
import { formatDays } from './reportFormat';
import { useReports } from './reportsStore';

/**
 * The submissions with no move for the days set in Settings: the longest-waiting, each a link.
 * A large pipeline has thousands; the screen lists the first and the CSV gives them all.
 */
export function StuckList({ r }: { r: TimeReport }) {
  const filters = useReports((s) => s.filters);
  const count = r.stuckCount.toLocaleString();
  return (
    <>
      <div className="report-stuck-head">
        <h3 className="report-subtitle">Stuck: no move for {r.stuckDays} days or more</h3>
        {r.stuckCount > 0 && (
          <Button icon={Download} variant="ghost" className="no-print" onClick={() => void call('reports.exportStuck', filters).then(downloadFile)}>
            All {count} as CSV
          </Button>
        )}
      </div>
      {r.stuckCount === 0 ? (
        <p className="muted">Nothing is stuck.</p>
      ) : (
        <>
          <p className="muted">
            {r.stuck.length < r.stuckCount ? `${r.stuck.length} longest waiting of ${count}` : `${count} ${r.stuckCount === 1 ? 'submission' : 'submissions'}, the longest waiting first`}
          </p>
          <ul className="report-records">
            {r.stuck.map((s) => (
              <li key={s.submissionId}>
                <Link href={paths.submission(s.submissionId)}>{s.candidateName}</Link>
                <span className="muted">
                  {' '}
                  · {s.jobTitle} at {s.clientName} · {stageLabels[s.stage]} for {formatDays(s.days)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
