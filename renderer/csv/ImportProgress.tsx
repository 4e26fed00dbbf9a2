import { CircleStop } from 'lucide-react';
import type { CsvImportProgress } from '../../src/api/csv';
import { Button } from '../ui/Button';
import { counted, kindLabels } from './csvFormat';
import { cancelCsvImport } from './csvImportJob';
import { useCsvImport, type CsvImportJob } from './csvImportStore';
import { ImportCounts } from './ImportCounts';

/** The import while it runs: how much of the file is read, the counts so far, and the way to stop it. */
export function ImportProgress({ job, progress }: { job: CsvImportJob; progress: CsvImportProgress | null }) {
  const cancelling = useCsvImport((s) => s.cancelling);
  const percent = Math.floor((progress?.fractionRead ?? 0) * 100);
  return (
    <section className="card csv-step" aria-labelledby="csv-progress-title" aria-busy="true">
      <h2 className="card-title" id="csv-progress-title">
        Importing {kindLabels[job.kind].many} from {job.fileName}
      </h2>
      <div className="csv-progress">
        <div
          className="csv-progress-bar"
          role="progressbar"
          aria-label="Read so far"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <span className="csv-progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <p className="csv-progress-text numeric">
          {percent}% of the file read · {counted(progress?.rowsRead ?? 0, 'row')} done
        </p>
      </div>
      {progress && <ImportCounts progress={progress} />}
      <p className="muted">
        You can go on working on other pages meanwhile: the import carries on, and this page shows how far it has got when you
        come back.
      </p>
      <div className="csv-cancel">
        <Button icon={CircleStop} onClick={() => void cancelCsvImport()} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel import'}
        </Button>
        <span className="hint">Cancelling stops after the rows being written: those already imported stay.</span>
      </div>
    </section>
  );
}
