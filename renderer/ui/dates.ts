/** Dates in the recruiter's own language and calendar, as their system sets them. */
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const longDayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
// Made once: a formatter costs far more to make than to use, and a list formats a date per row as it scrolls.
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

function daysBetween(earlier: Date, later: Date): number {
  return Math.round((startOfDay(later) - startOfDay(earlier)) / 86_400_000);
}

function localDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** A calendar day such as "2026-11-22", which has no time zone: read it as the local day. */
export function formatDay(day: string): string {
  return dayFormat.format(localDate(day));
}

/** "Thursday 13 November": a day named in full, as the date line of a page. */
export function formatLongDay(day: string): string {
  return longDayFormat.format(localDate(day));
}

/** A day near today as a person says it: "today", "tomorrow", "yesterday", "Thu 20 Nov" within a week, else "3 Dec 2026". */
export function formatNearDay(day: string, now = new Date()): string {
  const days = daysBetween(now, localDate(day));
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return Math.abs(days) < 7 ? weekdayFormat.format(localDate(day)) : formatDay(day);
}

/** "14:32", on the recruiter's own clock. */
export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** "Today, 14:32", "Yesterday, 09:10", or "12 Nov 2025, 16:05". */
export function formatMoment(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const days = daysBetween(date, now);
  const day = days === 0 ? 'Today' : days === 1 ? 'Yesterday' : dayFormat.format(date);
  return `${day}, ${timeFormat.format(date)}`;
}

export function formatFull(iso: string): string {
  return fullFormat.format(new Date(iso));
}

/** "just now", "5 minutes ago", "3 days ago": how long something has been waiting. */
export function formatAgo(iso: string, now = new Date()): string {
  const seconds = Math.max(0, (now.getTime() - new Date(iso).getTime()) / 1000);
  if (seconds < 60) return 'just now';
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['minute', 60],
    ['hour', 3600],
    ['day', 86_400],
    ['month', 2_592_000],
    ['year', 31_536_000],
  ];
  let chosen = units[0]!;
  for (const unit of units) if (seconds >= unit[1]) chosen = unit;
  return relativeFormat.format(-Math.floor(seconds / chosen[1]), chosen[0]);
}

/** The recruiter's calendar day today, as "2026-11-22", to compare with days from the core. */
export function todayDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day of a moment, e.g. when a status changed: "22 Nov 2026". */
export function formatDate(iso: string): string {
  return dayFormat.format(new Date(iso));
}
