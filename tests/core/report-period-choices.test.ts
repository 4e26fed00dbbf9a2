import { describe, expect, it } from 'vitest';
import { lastQuarters, periodOf } from '../../renderer/reports/reportPeriod';

describe('the Reports screen’s periods and the client page’s quarters', () => {
  it('this month, quarter and year run from their first day to their last, leap days and year ends included', () => {
    expect(periodOf('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodOf('month', '2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodOf('quarter', '2026-11-22')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodOf('quarter', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodOf('quarter', '2026-06-30')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodOf('year', '2026-07-04')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('the trend’s four quarters end with this one, across a year’s turn', () => {
    expect(lastQuarters('2026-02-15')).toEqual([
      { from: '2025-04-01', to: '2025-06-30', label: 'Q2 2025' },
      { from: '2025-07-01', to: '2025-09-30', label: 'Q3 2025' },
      { from: '2025-10-01', to: '2025-12-31', label: 'Q4 2025' },
      { from: '2026-01-01', to: '2026-03-31', label: 'Q1 2026' },
    ]);
    expect(lastQuarters('2026-12-06').map((q) => q.label)).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
    expect(lastQuarters('2026-12-06').at(-1)).toEqual({ from: '2026-10-01', to: '2026-12-31', label: 'Q4 2026' });
  });
});
