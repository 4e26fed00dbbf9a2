import { plusDaysOf } from '../placements/days';
import { todayDay } from '../ui/dates';

export const periodChoices = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodChoice = (typeof periodChoices)[number];
export const periodLabels: Record<PeriodChoice, string> = { month: 'This month', quarter: 'This quarter', year: 'This year', custom: 'Chosen dates' };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(year, month, 0).getDate();

/** The first and last day of this month, quarter or year, on the recruiter's calendar. */
export function periodOf(choice: Exclude<PeriodChoice, 'custom'>, today = todayDay()): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const [first, last] = choice === 'month' ? [month, month] : choice === 'quarter' ? [month - ((month - 1) % 3), month - ((month - 1) % 3) + 2] : [1, 12];
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/** The last four calendar quarters, this one last, each with its label ("Q4 2026"). */
export function lastQuarters(today: string): { from: string; to: string; label: string }[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const current = year * 4 + Math.floor((month - 1) / 3);
  return [3, 2, 1, 0].map((back) => {
    const q = current - back;
    const [y, index] = [Math.floor(q / 4), q % 4];
    const next = index === 3 ? `${y + 1}-01-01` : `${y}-${pad(index * 3 + 4)}-01`;
    return { from: `${y}-${pad(index * 3 + 1)}-01`, to: plusDaysOf(next, -1), label: `Q${index + 1} ${y}` };
  });
}
