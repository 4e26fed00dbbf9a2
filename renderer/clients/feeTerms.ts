import type { FeeTerms } from '../../src/api/clients';

const amountFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** "20% of first-year salary" or "USD 15,000 flat", as a recruiter would say it. */
export function describeFee(fee: FeeTerms): string {
  return fee.type === 'percentage'
    ? `${amountFormat.format(fee.percent)}% of first-year salary`
    : `${fee.currency} ${amountFormat.format(fee.amount)} flat`;
}
