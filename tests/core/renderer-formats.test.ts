import { describe, expect, it } from 'vitest';
import { formatAgo } from '../../renderer/ui/dates';
import { formatAmount, formatMoney } from '../../renderer/ui/format';
import { formatSalary } from '../../renderer/jobs/jobFormat';

// The window's formatters are made once and shared; what they write must not depend on what was written before.
describe('formats shared across rows', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  const plain = (amount: number, currency: string, digits: number) =>
    new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);

  it('writes money in the system language, whole or with cents, whichever currency came before', () => {
    expect(formatMoney({ amount: 90000, currency: 'EUR' })).toBe(plain(90000, 'EUR', 0));
    expect(formatMoney({ amount: 18250.5, currency: 'EUR' })).toBe(plain(18250.5, 'EUR', 2));
    expect(formatMoney({ amount: 1200, currency: 'JPY' })).toBe(plain(1200, 'JPY', 0));
    expect(formatMoney({ amount: 90000, currency: 'EUR' })).toBe(plain(90000, 'EUR', 0));
    expect(formatSalary({ min: 80000.4, max: 95000, currency: 'CHF' })).toBe(`${plain(80000, 'CHF', 0)} – ${plain(95000, 'CHF', 0)}`);
  });

  it('writes out a currency the platform does not know', () => {
    expect(formatAmount(100, 'not-a-code', 0)).toBe(`not-a-code ${(100).toLocaleString()}`);
  });

  it('says how long ago in the largest unit that fits', () => {
    expect(formatAgo('2026-12-06T11:59:30Z', now)).toBe('just now');
    const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    expect(formatAgo('2026-12-06T11:55:00Z', now)).toBe(relative.format(-5, 'minute'));
    expect(formatAgo('2026-12-03T12:00:00Z', now)).toBe(relative.format(-3, 'day'));
    expect(formatAgo('2024-12-01T12:00:00Z', now)).toBe(relative.format(-2, 'year'));
  });
});
