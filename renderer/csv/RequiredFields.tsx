import { Check, CircleAlert } from 'lucide-react';
import { csvFieldLabels, csvRequiredFields, type CsvField, type CsvKind, type CsvTarget } from '../../src/api/csv';

/** What every row needs a column for, ticked off as the mapping covers it; starred in the field lists. */
export function RequiredFields({ kind, mapping }: { kind: CsvKind; mapping: readonly (CsvTarget | null)[] }) {
  const groups = csvRequiredFields[kind] as readonly (readonly CsvField[])[];
  return (
    <p className="csv-required">
      <span className="hint">Needed *</span>
      {groups.map((group) => {
        const mapped = group.some((field) => mapping.includes(field));
        const Icon = mapped ? Check : CircleAlert;
        return (
          <span key={group.join()} className={mapped ? 'csv-need csv-need--met' : 'csv-need'}>
            <Icon size={13} aria-hidden />
            {group.map((field) => csvFieldLabels[field]).join(' or ')}
            <span className="sr-only">{mapped ? ': mapped' : ': not mapped yet'}</span>
          </span>
        );
      })}
    </p>
  );
}
