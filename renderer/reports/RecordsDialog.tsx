import { Link } from 'wouter';
import { stageLabels } from '../../src/api/submissions';
import { useData } from '../api/data';
import { paths } from '../app/paths';
import { Dialog } from '../ui/Dialog';
import { closeRecords, useReports } from './reportsStore';

/** The submissions (or jobs) a figure counted, each a link to its page. */
export function RecordsDialog() {
  const { records, filters } = useReports();
  const { data, error } = useData('reports.records', records && { report: records.report, filters, key: records.key });
  if (!records) return null;
  return (
    <Dialog title={records.label} description={data ? `${data.length} ${data.length === 1 ? 'record' : 'records'}` : undefined} onClose={closeRecords}>
      {error && (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="dialog-body">
      <ul className="report-records">
        {data?.map((r) => (
          <li key={r.submissionId ?? r.jobId}>
            {r.submissionId ? (
              <Link href={paths.submission(r.submissionId)} onClick={closeRecords}>
                {r.candidateName}
              </Link>
            ) : (
              <Link href={paths.job(r.jobId)} onClick={closeRecords}>
                {r.jobTitle}
              </Link>
            )}
            <span className="muted">
              {r.submissionId ? ` · ${r.jobTitle} at ${r.clientName}` : ` · ${r.clientName}`}
              {r.stage && ` · ${stageLabels[r.stage]}`}
            </span>
          </li>
        ))}
      </ul>
      </div>
    </Dialog>
  );
}
