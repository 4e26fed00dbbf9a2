import { tzOffset } from '@date-fns/tz';

const DAY = 86_400_000;
/** Offset changes a query can take: a year holds two in most zones. */
const CHANGES = 4;

/**
 * The day of instant `x` in the recruiter's zone, in SQL alone: within a window of time
 * (@zoneFrom to @zoneTo) the zone's offset is a few constant stretches, cut at @zoneChange1..4,
 * each with its offset as a date modifier (@zoneOffset0..4, '+3600 seconds'); SQLite's date()
 * adds it. Outside the window, zone_day (src/reports/answerDays.ts). A function call per instant
 * cost responsiveness more than its whole query did (some 15 ms of 30 for a year's 8,300).
 */
export const zoneDaySql = (x: string) =>
  `CASE WHEN ${x} >= @zoneFrom AND ${x} < @zoneTo THEN date(${x}, CASE ${Array.from({ length: CHANGES }, (_, i) => `WHEN ${x} < @zoneChange${i + 1} THEN @zoneOffset${i}`).join(' ')} ELSE @zoneOffset${CHANGES} END) ELSE zone_day(${x}, @zone) END`;

/**
 * A zone's offset at each UTC midnight and the instant it changed within a day, read from Intl
 * once per zone and day for the process: the rules of a zone do not change while it runs, and
 * reading a year's 366 midnights cost some 10 ms a report.
 */
const rules = new Map<string, { midnight: (day: number) => number; changeIn: (day: number) => number }>();
function rulesOf(zone: string) {
  const known = rules.get(zone);
  if (known) return known;
  const midnights = new Map<number, number>();
  const changes = new Map<number, number>();
  const midnight = (day: number) => {
    let offset = midnights.get(day);
    if (offset === undefined) midnights.set(day, (offset = tzOffset(zone, new Date(day))));
    return offset;
  };
  // The first second at the offset of the next midnight (changes fall on whole seconds).
  const changeIn = (day: number) => {
    let change = changes.get(day);
    if (change !== undefined) return change;
    const after = midnight(day + DAY);
    let [low, high] = [day / 1000, (day + DAY) / 1000];
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (tzOffset(zone, new Date(mid * 1000)) === after) high = mid;
      else low = mid;
    }
    changes.set(day, (change = high * 1000));
    return change;
  };
  rules.set(zone, { midnight, changeIn });
  return rules.get(zone)!;
}

/** A date modifier for an offset in minutes, as tzOffset gives it (to the second: old local mean times had seconds). */
const modifier = (offset: number) => `${offset >= 0 ? '+' : ''}${Math.round(offset * 60)} seconds`;

/**
 * The parameters zoneDaySql names, for a window from UTC day `from` to `to` (YYYY-MM-DD, the
 * day after `to` excluded): the zone's offset at each UTC midnight; where two differ, the
 * second it changed, found by halving. Past the fourth change the window ends there.
 */
export function zoneWindow(zone: string, from: string, to: string): Record<string, string> {
  const { midnight, changeIn } = rulesOf(zone);
  const start = Date.parse(`${from}T00:00:00Z`);
  let end = Date.parse(`${to}T00:00:00Z`) + DAY;
  const changes: number[] = [];
  const offsets = [midnight(start)];
  for (let day = start; day < end; day += DAY) {
    const after = midnight(day + DAY);
    if (after === offsets.at(-1)) continue;
    if (changes.length === CHANGES) {
      end = day;
      break;
    }
    changes.push(changeIn(day));
    offsets.push(after);
  }
  const instant = (ms: number) => new Date(ms).toISOString();
  const params: Record<string, string> = { zone, zoneFrom: instant(start), zoneTo: instant(end) };
  for (let i = 0; i <= CHANGES; i++) {
    if (i > 0) params[`zoneChange${i}`] = instant(changes[i - 1] ?? end);
    params[`zoneOffset${i}`] = modifier(offsets[i] ?? offsets.at(-1)!);
  }
  return params;
}
