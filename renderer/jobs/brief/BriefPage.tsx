import { ChevronLeft, Copy, FileDown, FileText } from 'lucide-react';
import { Link } from 'wouter';
import { useData } from '../../api/data';
import { paths } from '../../app/paths';
import { Button } from '../../ui/Button';
import { copyBrief, isDesktop, saveBriefAsPdf } from './briefActions';
import { BriefDocument } from './BriefDocument';
import { MissingRecord } from '../../ui/MissingRecord';

/** The job brief to send back to the client, as it will print: the toolbar stays off the paper. */
export function BriefPage({ id }: { id: string }) {
  const { data: brief, error } = useData('jobs.brief', { id });

  if (error) {
    return (
      <MissingRecord
        icon={FileText}
        title="This job is not here"
        error={error}
        gone="It may have been moved to the trash, where you can restore it."
        back={{ href: paths.jobs, label: 'Back to jobs' }}
      />
    );
  }
  if (!brief) return <div className="page" aria-busy="true" />;

  return (
    <div className="page brief-page">
      <div className="brief-toolbar">
        <Link href={paths.job(id)} className="back-link">
          <ChevronLeft size={15} aria-hidden />
          Back to the job
        </Link>
        <p className="muted brief-toolbar-hint">Send it to the client to confirm what you agreed at intake.</p>
        <div className="page-actions">
          <Button icon={Copy} onClick={() => void copyBrief(brief)}>
            Copy as text
          </Button>
          <Button
            variant="primary"
            icon={FileDown}
            onClick={() => void saveBriefAsPdf(brief)}
            title={isDesktop() ? undefined : 'Opens the print dialog: choose “Save as PDF” as the printer.'}
          >
            Save as PDF
          </Button>
        </div>
      </div>
      <BriefDocument brief={brief} />
    </div>
  );
}
