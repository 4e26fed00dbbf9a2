import type { FeeTerms } from '../api/clients';
import type { Money } from '../api/common';
import type { FallOffRemedy } from '../api/placements';

/** Money to the cent, so sums and refunds never carry a float's tail. */
export const cents = (amount: number) => Math.round(amount * 100) / 100;

/** The fee the terms give for a salary: a share of first-year salary, or the flat amount. */
export function feeFromTerms(terms: FeeTerms | null, salary: Money): Money | null {
  if (terms?.type === 'percentage') return { amount: cents((salary.amount * terms.percent) / 100), currency: salary.currency };
  if (terms?.type === 'flat') return { amount: terms.amount, currency: terms.currency };
  return null;
}

/** What a fall-off gives back to the client: the whole fee, the agreed share of it, or nothing (a replacement). */
export function refundFor(remedy: FallOffRemedy, fee: Money | null, refundPercent: number | null): Money | null {
  if (fee === null || remedy === 'replacement') return null;
  if (remedy === 'refund') return fee;
  return { amount: cents((fee.amount * (refundPercent ?? 0)) / 100), currency: fee.currency };
}
