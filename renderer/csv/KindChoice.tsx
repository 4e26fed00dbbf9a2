import { useLocation } from 'wouter';
import { csvKinds, type CsvKind } from '../../src/api/csv';
import { paths } from '../app/paths';
import { kindLabels } from './csvFormat';

/** Candidates, contacts or clients: the address says which, so a list's button can choose it beforehand. */
export function KindChoice({ kind }: { kind: CsvKind }) {
  const [, navigate] = useLocation();
  return (
    <fieldset className="segmented csv-kind">
      <legend className="sr-only">What the file holds</legend>
      {csvKinds.map((choice) => (
        <label key={choice} className="segment">
          <input
            type="radio"
            name="csv-kind"
            checked={kind === choice}
            onChange={() => navigate(paths.csvImport(choice), { replace: true })}
          />
          <span>{kindLabels[choice].title}</span>
        </label>
      ))}
    </fieldset>
  );
}
