import { ChevronLeft } from 'lucide-react';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { isCsvKind, type CsvKind } from '../../src/api/csv';
import { PageHeader } from '../ui/PageHeader';
import '../styles/csv.css';
import { kindLabels, listPathOf } from './csvFormat';
import { setCsvImportPageOpen, useCsvImport } from './csvImportStore';
import { ImportJobView } from './ImportJobView';
import { ImportSetup } from './ImportSetup';

/**
 * Import from CSV, on one page: what and which file, how it reads, then the import's progress and
 * its result. An import under way is shown whatever the address says, until it is over.
 */
export function CsvImportPage({ kind: asked }: { kind?: string }) {
  const kind: CsvKind = isCsvKind(asked) ? asked : 'candidates';
  const job = useCsvImport((s) => s.job);
  const running = useCsvImport((s) => s.job !== null && (s.progress === null || s.progress.state === 'running'));
  const shownJob = job && (running || job.kind === kind) ? job : null;
  const shownKind = shownJob?.kind ?? kind;

  // A recruiter on another page hears of the end of an import with a toast; here the page says it.
  useEffect(() => {
    setCsvImportPageOpen(true);
    return () => setCsvImportPageOpen(false);
  }, []);

  const back = shownKind === 'candidates' ? kindLabels.candidates.title : kindLabels.clients.title;
  return (
    <div className="page csv-import">
      <PageHeader
        before={
          <Link href={listPathOf(shownKind)} className="back-link">
            <ChevronLeft size={15} aria-hidden />
            {back}
          </Link>
        }
        title="Import from CSV"
        subtitle="Bring in candidates, contacts or clients from a spreadsheet or another recruiting tool."
      />
      {shownJob ? <ImportJobView job={shownJob} /> : <ImportSetup kind={kind} />}
    </div>
  );
}
