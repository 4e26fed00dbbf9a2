import { FileUp } from 'lucide-react';
import { ImportFileChoice } from './ImportFileChoice';
import { ImportPreview } from './ImportPreview';
import { ImportRefusal } from './ImportRefusal';
import { ImportResult } from './ImportResult';
import { mergeImport, previewImport, startImportOver, useImportStep } from './importStore';

/**
 * Merging a colleague's export: the file, then what it would do (nothing written yet), then the
 * merge itself, after a backup. A file the core refuses changes nothing, and the panel says why.
 */
export function ImportPanel({ id }: { id: string }) {
  const { step, refusal, importing } = useImportStep();

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
      {step.at === 'choose' && <ImportFileChoice onChosen={previewImport} />}
      {refusal && <ImportRefusal message={refusal} />}
      {step.at === 'preview' && (
        <ImportPreview summary={step.summary} importing={importing} onMerge={() => void mergeImport(step.summary.path)} onCancel={startImportOver} />
      )}
      {step.at === 'done' && <ImportResult summary={step.summary} onAgain={startImportOver} />}
    </section>
  );
}
