import { dayIn } from '../reminders/time';

const DAY = 86_400_000;

/** `zone`'s offset from UTC at `ms` (whole seconds), read from the wall clock Intl gives there. */
export function offsetAt(format: Intl.DateTimeFormat, ms: number): number {
  const at = ms - (((ms % 1000) + 1000) % 1000);
  const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!) - at;
}

/** The wall clock in `zone`, to the second, for offsetAt. */
export const wallClock = (zone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

/**
 * The day of each instant in `zone`, as dayIn gives it, for thousands of instants a report reads:
 * a date format for each (responsiveness asks some 20,000 for a year) cost more than the rest of
 * the report's JavaScript. The zone's offset is read twice per UTC day met instead, at its first and
 * its last second; when both agree (every day but those the clocks change on), each instant's
 * day is its own plus that offset, by arithmetic. On a day the offset changes, dayIn itself.
 */
export function daysIn(zone: string): (instant: string) => string {
  const format = wallClock(zone);
  // Per UTC day (days since 1970): the zone's offset all day, or null when it changes that day.
  const offsets = new Map<number, number | null>();
  const days = new Map<string, string>();
  return (instant) => {
    const ms = Date.parse(instant);
    const utcDay = Math.floor(ms / DAY);
    let offset = offsets.get(utcDay);
    if (offset === undefined && Number.isFinite(ms)) {
      const first = offsetAt(format, utcDay * DAY);
      offset = first === offsetAt(format, (utcDay + 1) * DAY - 1000) ? first : null;
      offsets.set(utcDay, offset);
    }
    if (offset !== undefined && offset !== null) return new Date(ms + offset).toISOString().slice(0, 10);
    let day = days.get(instant);
    if (day === undefined) days.set(instant, (day = dayIn(instant, zone)));
    return day;
  };
}
