import { FileUp } from 'lucide-react';
import { useState } from 'react';
import type { ImportSummary } from '../../src/api/sharing';
import { call } from '../api/client';
import { asApiError, change } from '../api/data';
import { ImportFileChoice } from './ImportFileChoice';
import { ImportPreview } from './ImportPreview';
import { ImportRefusal } from './ImportRefusal';
import { ImportResult } from './ImportResult';
import { refreshReviewCounts } from './reviewCounts';

type Step = { at: 'choose' } | { at: 'preview'; summary: ImportSummary } | { at: 'done'; summary: ImportSummary };

/**
 * Merging a colleague's export: the file, then what it would do (nothing written yet), then the
 * merge itself, after a backup. A file the core refuses changes nothing, and the panel says why.
 */
export function ImportPanel({ id }: { id: string }) {
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  async function preview(path: string) {
    setRefusal(null);
    try {
      setStep({ at: 'preview', summary: await call('sharing.preview', { path }) });
    } catch (error) {
      setRefusal(asApiError(error).message);
    }
  }

  async function merge(path: string) {
    setRefusal(null);
    setImporting(true);
    try {
      setStep({ at: 'done', summary: await change('sharing.import', { path }) });
      void refreshReviewCounts();
    } catch (error) {
      setRefusal(asApiError(error).message);
    } finally {
      setImporting(false);
    }
  }

  function startOver() {
    setRefusal(null);
    setStep({ at: 'choose' });
  }

  return (
    <section className="card sharing-panel" id={id} aria-labelledby={`${id}-title`}>
      <h2 className="card-title card-title--icon" id={`${id}-title`}>
        <FileUp size={16} aria-hidden />
        Import a colleague’s export
      </h2>
      <p className="muted card-lead">
        Merges their work into your database, detail by detail. You see what it would change before anything is written, and a backup is
        taken first.
      </p>
      {step.at === 'choose' && <ImportFileChoice onChosen={preview} />}
      {refusal && <ImportRefusal message={refusal} />}
      {step.at === 'preview' && (
        <ImportPreview summary={step.summary} importing={importing} onMerge={() => merge(step.summary.path)} onCancel={startOver} />
      )}
      {step.at === 'done' && <ImportResult summary={step.summary} onAgain={startOver} />}
    </section>
  );
}
