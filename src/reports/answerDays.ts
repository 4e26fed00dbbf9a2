import type { Database } from 'better-sqlite3';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { onFilters } from './periodSql';
import { daysIn } from './zoneDays';
import { zoneDaySql, zoneWindow } from './zoneSql';

const DAY = 86_400_000;

/**
 * The day of an instant in a zone, for SQL: `zone_day(instant, zone)` is daysIn's answer (the
 * same arithmetic, the same days), for instants outside zoneDaySql's window. Registered on each
 * connection before a query naming it is prepared.
 */
const registered = new WeakSet<Database>();
export function withZoneDay(db: Database): Database {
  if (registered.has(db)) return db;
  const byZone = new Map<string, (instant: string) => string>();
  db.function('zone_day', { deterministic: true }, (instant: unknown, zone: unknown) => {
    if (typeof instant !== 'string' || typeof zone !== 'string') return null;
    let day = byZone.get(zone);
    if (!day) byZone.set(zone, (day = daysIn(zone)));
    return day(instant);
  });
  registered.add(db);
  return db;
}

/**
 * What responsiveness measures, in days, worked out by SQL for the submissions presented in the
 * period (@start to @end) of the filters' jobs: a year's 8,300 came to JavaScript as objects with
 * their feedback and interviews as lists, each measured there, and the garbage cost as much as
 * the measuring. A client's answer is the first feedback received on or after the day awaited, in
 * the recruiter's zone (src/reports/zoneSql.ts); days are whole calendar days (julianday of two dates).
 */
export function answerQueries(source: boolean) {
  const presented = `FROM submission_progress p INDEXED BY submission_progress_presented
    WHERE p.submitted_at >= @start AND p.submitted_at < @end AND ${onFilters('p', source)}`;
  const firstAnswer = (day: string, submission: string) =>
    `(SELECT min(f.received_on) FROM feedback f WHERE f.submission_id = ${submission} AND f.deleted_at IS NULL AND f.received_on >= ${day})`;
  const days = (from: string, to: string) => `CAST(round(julianday(${to}) - julianday(${from})) AS INTEGER)`;
  return {
    // Per submission: its job; days to the first answer (null: never answered); days from the
    // offer to the candidate's answer (null: no offer answered); lost while waiting (1 or 0).
    submissions: `SELECT job_id, ${days('day', 'answer')}, offer_days, lost FROM (
        SELECT s.job_id, s.day, ${firstAnswer('s.day', 's.submission_id')} AS answer, s.offer_days, s.lost FROM (
          SELECT p.submission_id, p.job_id, ${zoneDaySql('p.submitted_at')} AS day,
            CASE WHEN p.offer_at IS NOT NULL AND p.offer_answered_at IS NOT NULL
              THEN ${days(zoneDaySql('p.offer_at'), zoneDaySql('p.offer_answered_at'))} END AS offer_days,
            p.stage = 'lost' AND p.before_at IS NOT NULL AND ${firstAnswer(zoneDaySql('p.before_at'), 'p.submission_id')} IS NULL AS lost
          ${presented}) s)`,
    // Per interview held (not cancelled, on or before @today) of those submissions and answered
    // after: its job and the days from the interview to the answer.
    interviews: `SELECT job_id, ${days('held', 'answer')} FROM (
        SELECT i.job_id, i.held, ${firstAnswer('i.held', 'i.submission_id')} AS answer FROM (
          SELECT p.job_id, p.submission_id, ${zoneDaySql('iv.starts_at')} AS held
          FROM (SELECT p.job_id, p.submission_id ${presented}) p
          JOIN interviews iv ON iv.submission_id = p.submission_id AND iv.deleted_at IS NULL AND iv.cancelled = 0) i
        WHERE i.held <= @today)
      WHERE answer IS NOT NULL`,
  };
}

/** Per submission: [job, days to the first answer, days from offer to answer, lost (1/0)]; per interview answered: [job, days]. */
export type SubmissionDays = [string, number | null, number | null, number];
export type InterviewDays = [string, number];

export function readAnswerDays(core: Core, params: Record<string, string>, zone: string, today: string) {
  const queries = answerQueries('source' in params);
  const db = withZoneDay(core.db);
  // The zone's offsets from the day before the period to the day after today (the instants read
  // are within it but for a rare older move or a later interview, which zone_day answers).
  const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const window = zoneWindow(zone, utcDay(Date.parse(params.start!) - DAY), utcDay(Math.max(Date.parse(params.end!), Date.parse(`${today}T00:00:00Z`)) + DAY));
  const all = { ...params, ...window, today };
  return {
    submissions: statement(db, queries.submissions).raw().all(all) as SubmissionDays[],
    interviews: statement(db, queries.interviews).raw().all(all) as InterviewDays[],
  };
}
