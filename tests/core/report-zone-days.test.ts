import { describe, expect, it } from 'vitest';
import { dayIn } from '../../src/reminders/time';
import { daysIn } from '../../src/reports/zoneDays';
import Database from 'better-sqlite3';
import { withZoneDay } from '../../src/reports/answerDays';
import { zoneDaySql, zoneWindow } from '../../src/reports/zoneSql';

// Zones whose clocks change at odd hours: on the half hour (St John's, Lord Howe by half an hour,
// Chatham at 2:45), from a half-hour offset (Adelaide, +10:30 to +9:30), at midnight (Santiago, Gaza),
// a whole day skipped (Apia, 2011), none (Kolkata, UTC).
const zones = ['Europe/Paris', 'America/St_Johns', 'Australia/Adelaide', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Santiago', 'Asia/Gaza', 'Pacific/Apia', 'Asia/Kolkata', 'UTC', 'Pacific/Kiritimati'];

/** Every 13 minutes and 7 seconds (with milliseconds) over the spans the clocks change in, in either hemisphere. */
function* instants(): Generator<string> {
  for (const [from, to] of [['2026-03-01', '2026-04-20'], ['2026-09-01', '2026-11-10'], ['2011-12-28', '2012-01-02']] as const) {
    for (let ms = Date.parse(`${from}T00:00:00Z`); ms < Date.parse(`${to}T00:00:00Z`); ms += 787_123) yield new Date(ms).toISOString();
  }
}

describe('the day of an instant in the recruiter’s zone, for reports', () => {
  it('is the day dayIn gives, every few minutes through the days the clocks change, in every zone', () => {
    for (const zone of zones) {
      const day = daysIn(zone);
      for (const instant of instants()) expect(day(instant), `${instant} in ${zone}`).toBe(dayIn(instant, zone));
    }
  });

  it('is the day dayIn gives at the last and first millisecond around each midnight and change', () => {
    for (const zone of zones) {
      const day = daysIn(zone);
      let i = 0;
      for (const instant of instants()) {
        if (i++ % 5 !== 0) continue;
        // The hour, half hour and quarter hour this instant is in begin, and the millisecond before.
        const ms = Date.parse(instant);
        for (const edge of [ms - (ms % 3_600_000), ms - (ms % 3_600_000) - 1, ms - (ms % 1_800_000) - 1, ms - (ms % 900_000)]) {
          const at = new Date(edge).toISOString();
          expect(day(at), `${at} in ${zone}`).toBe(dayIn(at, zone));
        }
      }
    }
  });

  it('is the day dayIn gives in SQL too, inside the window of offsets it is given and outside it', () => {
    const db = withZoneDay(new Database(':memory:'));
    const all = [...instants()];
    // 2026 within the window (its changes cut in SQL); 2011 outside it (zone_day). Over three
    // years, past the fourth change of most zones the window ends: later instants go to zone_day too.
    for (const [from, to] of [['2026-01-01', '2026-12-31'], ['2024-06-01', '2026-12-31']] as const) {
      for (const zone of zones) {
        const rows = db.prepare(`SELECT value, ${zoneDaySql('value')} FROM json_each(@instants)`).raw().all({ instants: JSON.stringify(all), ...zoneWindow(zone, from, to) }) as [string, string][];
        for (const [instant, day] of rows) expect(day, `${instant} in ${zone}, window ${from} to ${to}`).toBe(dayIn(instant, zone));
      }
    }
    db.close();
  });

  it('cuts a half-hour zone’s year at the second its clocks change, worked out by hand (Adelaide, 2026)', () => {
    // Summer time ends at 3:00 on 5 April (+10:30, so 16:30 UTC the day before) and begins at 2:00 on
    // 4 October (+9:30, so 16:30 UTC on the 3rd).
    expect(zoneWindow('Australia/Adelaide', '2026-01-01', '2026-12-31')).toMatchObject({
      zoneOffset0: '+37800 seconds',
      zoneChange1: '2026-04-04T16:30:00.000Z',
      zoneOffset1: '+34200 seconds',
      zoneChange2: '2026-10-03T16:30:00.000Z',
      zoneOffset2: '+37800 seconds',
    });
    const day = daysIn('Australia/Adelaide');
    // The last second of summer time, 2:59:59 on the 5th, and the hour after it, 2:00 to 2:59 again.
    expect(['2026-04-04T13:29:59Z', '2026-04-04T13:30:00Z', '2026-04-04T16:29:59Z', '2026-04-04T16:30:00Z'].map(day)).toEqual(['2026-04-04', '2026-04-05', '2026-04-05', '2026-04-05']);
    // Midnight at +9:30 the evening before summer time, and at +10:30 the evening after.
    expect(['2026-10-03T14:29:59Z', '2026-10-03T14:30:00Z', '2026-10-04T13:29:59Z', '2026-10-04T13:30:00Z'].map(day)).toEqual(['2026-10-03', '2026-10-04', '2026-10-04', '2026-10-05']);
    // New Year in Kolkata (+5:30, no clock changes): 18:30 UTC.
    expect(['2026-12-31T18:29:59Z', '2026-12-31T18:30:00Z'].map(daysIn('Asia/Kolkata'))).toEqual(['2026-12-31', '2027-01-01']);
  });
});
