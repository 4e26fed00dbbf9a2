import type { Interview } from '../../../src/api/submissions';

/** The zone this laptop is in, as IANA names it (e.g. "Europe/Amsterdam"). */
export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');

/**
 * A day and a time on the recruiter's clock as one instant with its offset, e.g.
 * "2026-11-24T14:00:00+01:00", so it means the same moment on every laptop. Empty when either
 * part is missing, for the contract to say what is wrong.
 */
export function localInstant(day: string, time: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return '';
  const moment = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const offset = -moment.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${day}T${time}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** "Tue 24 Nov 2026, 14:00–15:00", in the zone the interview was scheduled in, plus that zone when it is not ours. */
export function formatInterviewTime(interview: Pick<Interview, 'startsAt' | 'durationMinutes' | 'timeZone'>): string {
  const start = new Date(interview.startsAt);
  const end = new Date(start.getTime() + interview.durationMinutes * 60_000);
  const zone = interview.timeZone;
  const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: zone });
  const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: zone });
  const elsewhere = zone !== localTimeZone() ? ` (${zone.replace(/_/g, ' ')})` : '';
  return `${day.format(start)}, ${time.format(start)}–${time.format(end)}${elsewhere}`;
}

export const isUpcoming = (interview: Pick<Interview, 'startsAt'>, now = new Date()) => new Date(interview.startsAt) > now;
