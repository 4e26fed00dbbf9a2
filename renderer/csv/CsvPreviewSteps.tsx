import type { CsvFileInput, CsvKind } from '../../src/api/csv';
import { ColumnMapping } from './ColumnMapping';
import type { CsvSource } from './csvImportStore';
import { ImportStart } from './ImportStart';
import { ReadingSettings } from './ReadingSettings';
import { SampleRows } from './SampleRows';
import { StepTitle } from './StepTitle';
import { useCsvPreview } from './useCsvPreview';

interface CsvPreviewStepsProps {
  kind: CsvKind;
  input: CsvFileInput;
  source: CsvSource;
  chosenDelimiter: boolean;
}

/** How the core reads the file and what it would do with the first rows; every change asks it again. */
export function CsvPreviewSteps({ kind, input, source, chosenDelimiter }: CsvPreviewStepsProps) {
  const { preview, error, loading } = useCsvPreview(input, source.id);

  // A mapping made for other columns is replaced by the suggested one at once: nothing to say about it.
  if (error && error.field !== 'mapping') {
    return (
      <section className="card csv-step" aria-labelledby="csv-step-columns">
        <StepTitle step={2} id="csv-step-columns">
          Check the columns
        </StepTitle>
        <p className="page-error" role="alert">
          {error.message}
        </p>
      </section>
    );
  }
  if (!preview) {
    return (
      <section className="card csv-step" aria-labelledby="csv-step-columns" aria-busy="true">
        <StepTitle step={2} id="csv-step-columns">
          Check the columns
        </StepTitle>
        <p className="muted">Reading {source.name}…</p>
      </section>
    );
  }

  return (
    <>
      <section className="card csv-step" aria-labelledby="csv-step-columns" aria-busy={loading}>
        <StepTitle step={2} id="csv-step-columns">
          Check the columns
        </StepTitle>
        <ReadingSettings preview={preview} chosenDelimiter={chosenDelimiter} />
        <ColumnMapping kind={kind} preview={preview} fileName={source.name} />
      </section>
      <section className="card csv-step" aria-labelledby="csv-step-rows" aria-busy={loading}>
        <StepTitle step={3} id="csv-step-rows">
          Check the first rows, then import
        </StepTitle>
        <SampleRows kind={kind} preview={preview} />
        <ImportStart kind={kind} input={input} preview={preview} fileName={source.name} />
      </section>
    </>
  );
}
