import { Button } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { useBulkResult } from './runBulk';

/** What a bulk action left alone, each record named with why: never "some records failed". */
export function BulkResultDialog() {
  const summary = useBulkResult((s) => s.summary);
  if (!summary) return null;
  const close = () => useBulkResult.setState({ summary: null });
  const more = summary.skippedCount - summary.skipped.length;
  return (
    <Dialog title="What was left alone" description={summary.message} onClose={close}>
      <div className="dialog-body">
        <ul className="bulk-skipped" aria-label="Left alone">
          {summary.skipped.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong> <span className="bulk-skipped-reason">{s.reason}</span>
            </li>
          ))}
        </ul>
        {more > 0 && <p className="bulk-skipped-more">And {more.toLocaleString()} more for the same reasons.</p>}
      </div>
      <DialogFooter>
        <Button variant="primary" onClick={close} data-autofocus>
          Done
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
