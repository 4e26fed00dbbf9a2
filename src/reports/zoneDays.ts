import { tzOffset } from '@date-fns/tz';
import { dayIn } from '../reminders/time';

const DAY = 86_400_000;

/**
 * The day of each instant in `zone`, as dayIn gives it, for thousands of instants a report reads:
 * a date format for each (responsiveness asks some 20,000 for a year) cost more than the rest of
 * the report's JavaScript. The zone's offset is read twice per UTC day met instead, at its first and
 * its last second; when both agree (every day but those the clocks change on), each instant's
 * day is its own plus that offset, by arithmetic. On a day the offset changes, dayIn itself.
 */
export function daysIn(zone: string): (instant: string) => string {
  // Per UTC day (days since 1970): the zone's offset all day in minutes, or null when it changes that day.
  const offsets = new Map<number, number | null>();
  const days = new Map<string, string>();
  return (instant) => {
    const ms = Date.parse(instant);
    const utcDay = Math.floor(ms / DAY);
    let offset = offsets.get(utcDay);
    if (offset === undefined && Number.isFinite(ms)) {
      const first = tzOffset(zone, new Date(utcDay * DAY));
      offset = first === tzOffset(zone, new Date((utcDay + 1) * DAY - 1000)) ? first : null;
      offsets.set(utcDay, offset);
    }
    if (offset !== undefined && offset !== null) return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
    let day = days.get(instant);
    if (day === undefined) days.set(instant, (day = dayIn(instant, zone)));
    return day;
  };
}
