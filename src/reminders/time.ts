import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format, getDaysInMonth, getISODay, parseISO, setDate } from 'date-fns';
import { weekdays, type Weekday } from '../api/intake';

/** When a reminder with no time of day falls due, and where "tomorrow morning" lands. */
export const MORNING = '09:00';

/** The instant that a wall-clock day and time mean in `zone`, as UTC ISO text. */
export function instantOf(day: string, time: string | null, zone: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = (time ?? MORNING).split(':').map(Number) as [number, number];
  return new Date(+new TZDate(year, month - 1, date, hours, minutes, zone)).toISOString();
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day an instant falls on in `zone` (the rules ask this for thousands of rows: formats are kept). */
export function dayIn(instant: Date | string, zone: string): string {
  let dayFormat = dayFormats.get(zone);
  if (!dayFormat) {
    // en-CA writes days as YYYY-MM-DD.
    dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(zone, dayFormat);
  }
  return dayFormat.format(new Date(instant));
}

// Calendar arithmetic on plain days: no zone takes part, so none can shift the answer.
const onDay = (day: string, move: (date: Date) => Date) => format(move(parseISO(day)), 'yyyy-MM-dd');
export const plusDays = (day: string, n: number) => onDay(day, (d) => addDays(d, n));
/** The next month's `dayOfMonth`, or its last day when it is shorter. */
export const nextMonthOn = (day: string, dayOfMonth: number) =>
  onDay(day, (d) => {
    const next = addMonths(d, 1);
    return setDate(next, Math.min(dayOfMonth, getDaysInMonth(next)));
  });
export const weekdayOf = (day: string): Weekday => weekdays[getISODay(parseISO(day)) - 1]!;
