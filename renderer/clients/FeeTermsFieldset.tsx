import { Field } from '../ui/Field';
import type { Form } from '../ui/useForm';
import type { FeeDraft } from './feeDraft';

const feeTypes = [
  ['none', 'Not agreed'],
  ['percentage', 'Percentage'],
  ['flat', 'Flat fee'],
] as const;

interface FeeTermsFieldsetProps<D extends FeeDraft> {
  form: Form<D>;
  /** Offers the client's own terms as the first choice (a new job), described under the choices. */
  inherited?: { hint: string };
}

/**
 * How the agency is paid: a share of first-year salary, or a flat amount in a currency. The
 * amount takes one grid cell, so another field can sit beside it.
 */
export function FeeTermsFieldset<D extends FeeDraft>({ form, inherited }: FeeTermsFieldsetProps<D>) {
  const type = form.draft['fee.type'];
  const choices = inherited ? [['client', 'Client’s terms'] as const, ...feeTypes] : feeTypes;
  return (
    <>
      <fieldset className="fieldset span-2" aria-describedby={inherited && type === 'client' ? 'fee-inherited-hint' : undefined}>
        <legend className="field-label">Fee terms</legend>
        <div className="segmented segmented--block">
          {choices.map(([value, label]) => (
            <label key={value} className="segment">
              <input
                type="radio"
                name="fee.type"
                value={value}
                checked={type === value}
                onChange={() => form.set('fee.type', value)}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
        {inherited && type === 'client' && (
          <p className="field-hint" id="fee-inherited-hint">
            {inherited.hint}
          </p>
        )}
      </fieldset>
      {type === 'percentage' && <PercentField form={form} />}
      {type === 'flat' && <FlatFeeFields form={form} />}
    </>
  );
}

function PercentField<D extends FeeDraft>({ form }: { form: Form<D> }) {
  const percent = form.control('fee.percent');
  return (
    <Field label="Share of first-year salary" controlId={percent.id} required error={form.errorFor('fee.percent')}>
      <div className="input-affix">
        <input className="input" type="number" inputMode="decimal" min={0} max={100} step="any" required {...percent} />
        <span className="input-suffix" aria-hidden>
          %
        </span>
      </div>
    </Field>
  );
}

function FlatFeeFields<D extends FeeDraft>({ form }: { form: Form<D> }) {
  const amount = form.control('fee.amount');
  const currency = form.control('fee.currency');
  return (
    <div className="field-row">
      <Field label="Amount" controlId={amount.id} required error={form.errorFor('fee.amount')} className="grow">
        <input className="input" type="number" inputMode="decimal" min={0} step="any" required {...amount} />
      </Field>
      <Field label="Currency" controlId={currency.id} required error={form.errorFor('fee.currency')} className="currency">
        <input className="input uppercase" maxLength={3} autoComplete="off" spellCheck={false} required {...currency} />
      </Field>
    </div>
  );
}
