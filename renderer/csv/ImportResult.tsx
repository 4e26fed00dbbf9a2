import { CircleAlert, CircleCheck, CircleStop, FilePlus } from 'lucide-react';
import { Link } from 'wouter';
import type { CsvImportProgress } from '../../src/api/csv';
import { Button } from '../ui/Button';
import { counted, kindLabels, listPathOf } from './csvFormat';
import { ColumnReport } from './ColumnReport';
import { startOver, type CsvImportJob } from './csvImportStore';
import { ImportCounts } from './ImportCounts';
import { LeftOutList } from './LeftOutList';
import { ReportButton } from './ReportButton';

const endings = {
  done: { title: 'Import finished', icon: CircleCheck },
  cancelled: { title: 'Import cancelled', icon: CircleStop },
  failed: { title: 'Import stopped', icon: CircleAlert },
} as const;

/** What the import did: the counts, the way to the records, and every row it left out, by line. */
export function ImportResult({ job, progress }: { job: CsvImportJob; progress: CsvImportProgress }) {
  const { title, icon: Icon } = endings[progress.state as keyof typeof endings];
  const { one, many } = kindLabels[job.kind];
  const leftOut = progress.duplicateCount + progress.rejectedCount;
  const lead =
    progress.state === 'failed'
      ? progress.error
      : progress.state === 'cancelled'
        ? `You cancelled it after ${counted(progress.rowsRead, 'row')} of ${job.fileName}. The ${counted(progress.accepted, one, many)} added before stay; the rest of the file was not imported.`
        : `All ${counted(progress.rowsRead, 'row')} of ${job.fileName} read.`;

  return (
    <>
      <section className={`card csv-step csv-result csv-result--${progress.state}`} aria-labelledby="csv-result-title">
        <h2 className="card-title card-title--icon" id="csv-result-title">
          <Icon size={17} aria-hidden className="csv-result-icon" />
          {title}
        </h2>
        <p className={progress.state === 'failed' ? 'form-error card-lead' : 'muted card-lead'}>{lead}</p>
        <ImportCounts progress={progress} />
        <ColumnReport progress={progress} />
        <div className="csv-result-actions">
          {progress.accepted > 0 && (
            <Link href={listPathOf(job.kind)} className="button button--primary">
              {job.kind === 'contacts' ? 'Open clients' : `Open ${many}`}
            </Link>
          )}
          {leftOut > 0 && <ReportButton job={job} progress={progress} />}
          <Button icon={FilePlus} onClick={startOver}>
            Import another file
          </Button>
        </div>
      </section>
      {progress.duplicateCount > 0 && <LeftOutList which="duplicates" kind={job.kind} progress={progress} />}
      {progress.rejectedCount > 0 && <LeftOutList which="rejected" kind={job.kind} progress={progress} />}
    </>
  );
}
