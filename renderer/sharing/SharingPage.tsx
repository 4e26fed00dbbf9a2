import { useEffect } from 'react';
import { PageHeader } from '../ui/PageHeader';
import '../styles/sharing.css';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { refreshReviewCounts } from './reviewCounts';
import { ReviewLinks } from './ReviewLinks';
import { clearSharingRequest, useSharingRequest } from './sharingRequest';

const panelIds = { export: 'sharing-export', import: 'sharing-import' } as const;

/** Export for a colleague, import a colleague's export, and what waits for review after imports. */
export function SharingPage() {
  const requested = useSharingRequest((s) => s.panel);

  useEffect(() => {
    void refreshReviewCounts();
  }, []);

  // The File menu's Export or Import: that panel comes into view, its first control focused. After
  // the frame, since a new page first scrolls its pane back to the top.
  useEffect(() => {
    if (!requested) return;
    const frame = requestAnimationFrame(() => {
      clearSharingRequest();
      const panel = document.getElementById(panelIds[requested]);
      panel?.scrollIntoView({ block: 'start' });
      panel?.querySelector<HTMLElement>('input, button:not(:disabled)')?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [requested]);

  return (
    <div className="page page--narrow sharing">
      <PageHeader
        title="Sharing"
        subtitle="Work with colleagues without a server: send them your export, merge theirs into your database."
      />
      <ReviewLinks />
      <ExportPanel id={panelIds.export} />
      <ImportPanel id={panelIds.import} />
    </div>
  );
}
