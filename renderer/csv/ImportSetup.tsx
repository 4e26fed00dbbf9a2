import type { CsvKind } from '../../src/api/csv';
import { kindNeeds } from './csvFormat';
import { csvFileInput, useCsvImport } from './csvImportStore';
import { CsvPreviewSteps } from './CsvPreviewSteps';
import { FileChoice } from './FileChoice';
import { KindChoice } from './KindChoice';
import { NewClientsSwitch } from './NewClientsSwitch';
import { StepTitle } from './StepTitle';

/** Before the import: what the file holds and which file, then how the core reads it. */
export function ImportSetup({ kind }: { kind: CsvKind }) {
  const state = useCsvImport();
  const input = csvFileInput(kind, state);
  return (
    <>
      <section className="card csv-step" aria-labelledby="csv-step-file">
        <StepTitle step={1} id="csv-step-file">
          Choose what to import
        </StepTitle>
        <div className="csv-choice">
          <KindChoice kind={kind} />
          <p className="muted">{kindNeeds[kind]}</p>
        </div>
        {(kind === 'contacts' || kind === 'jobs') && <NewClientsSwitch kind={kind} checked={state.createMissingClients} />}
        <FileChoice source={state.source} />
      </section>
      {input && state.source && (
        <CsvPreviewSteps kind={kind} input={input} source={state.source} chosenDelimiter={state.delimiter !== null} />
      )}
    </>
  );
}
