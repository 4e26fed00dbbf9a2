import { RotateCcw } from 'lucide-react';
import { Button } from '../ui/Button';
import { startOver, useCsvImport, type CsvImportJob } from './csvImportStore';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';

/** The import once started: its progress while it runs, then what it did. */
export function ImportJobView({ job }: { job: CsvImportJob }) {
  const progress = useCsvImport((s) => s.progress);
  const lost = useCsvImport((s) => s.lost);

  if (lost) {
    return (
      <section className="card csv-step" aria-label="Import">
        <p className="page-error" role="alert">
          Shortlist cannot say how the import of {job.fileName} went. {lost}
        </p>
        <div>
          <Button icon={RotateCcw} onClick={startOver}>
            Start a new import
          </Button>
        </div>
      </section>
    );
  }
  if (!progress || progress.state === 'running') return <ImportProgress job={job} progress={progress} />;
  return <ImportResult job={job} progress={progress} />;
}
