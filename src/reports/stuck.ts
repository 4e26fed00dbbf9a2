import type { TimeReport } from '../api/reports';
import type { Facts, Standing } from './facts';
import { byText, daysBetween } from './stats';

/** How many of the longest-waiting the Reports screen lists; the CSV gives them all. */
export const STUCK_SHOWN = 50;

type Stuck = TimeReport['stuck'][number];

/**
 * The submissions with no move for `stuckDays` or more, the longest-waiting first (then by name):
 * the first `limit` of them, and how many there are. At 100k candidates most of the 19,000 open
 * submissions are still: only the days of the few listed (and a few to find where the stuck end)
 * are worked out, as a day in the recruiter's zone costs a date format each.
 */
export function stuckOf(facts: Facts, stuckDays: number, limit = Infinity): { stuck: Stuck[]; count: number } {
  const daysStill = (s: Standing) => daysBetween(facts.day(s.now.at), facts.today);
  // By the latest move, earliest first: the days still only fall along it, so the stuck are its start.
  const ordered = facts.standing
    .map((s) => ({ s, at: Date.parse(s.now.at) }))
    .sort((a, b) => a.at - b.at)
    .map(({ s }) => s);
  let [count, past] = [0, ordered.length];
  while (count < past) {
    const mid = (count + past) >> 1;
    if (daysStill(ordered[mid]!) >= stuckDays) count = mid + 1;
    else past = mid;
  }
  // The first `limit`, and those as long still as the last of them: among equals, the name decides.
  let end = Math.min(limit, count);
  const last = end > 0 ? daysStill(ordered[end - 1]!) : 0;
  while (end < count && daysStill(ordered[end]!) === last) end += 1;
  const stuck = ordered
    .slice(0, end)
    .map((s) => ({ submissionId: s.id, candidateName: s.candidateName, jobTitle: s.jobTitle, clientName: s.clientName, stage: s.now.stage, days: daysStill(s) }))
    .sort((a, b) => b.days - a.days || byText(a.candidateName, b.candidateName) || byText(a.submissionId, b.submissionId));
  return { stuck: stuck.slice(0, limit), count };
}
