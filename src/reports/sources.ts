import type { ActivityReport, SourcesReport } from '../api/reports';
import type { Facts } from './facts';
import type { Figures } from './figures';
import { isPlaced, reached, submittedAt } from './history';
import { presented } from './funnel';
import { byText, share } from './stats';
import { instantOf, plusDays, weekdayOf } from '../reminders/time';
import type { PeriodCounts } from './counts';
import { weekdays } from '../api/intake';

/** Of the submissions presented in the period, by the candidate's source: how many reached an interview, and a placement. */
export function sourcesReport(facts: Facts, figures: Figures): SourcesReport {
  const tallies = !figures.keeps && facts.counts ? facts.counts.bySource().map((t) => ({ ...t, ids: [[], [], []] as string[][] })) : talliesOf(facts);
  return {
    sources: tallies
      .map(({ source, all, interviewed, placed, ids }) => ({
        source,
        submissions: figures.countOf(`sources.${source}.submissions`, [{ ids: ids[0]!, count: all }]),
        interviews: figures.countOf(`sources.${source}.interviews`, [{ ids: ids[1]!, count: interviewed }]),
        placements: figures.countOf(`sources.${source}.placements`, [{ ids: ids[2]!, count: placed }]),
        interviewRate: share(interviewed, all),
        placementRate: share(placed, all),
      }))
      .sort((a, b) => b.submissions.value! - a.submissions.value! || byText(a.source, b.source)),
  };
}

/** The period's submissions by source, with their ids: presented, interviewed, placed. */
function talliesOf(facts: Facts) {
  const bySource = new Map<string, string[][]>();
  for (const s of presented(facts)) {
    const source = s.source ?? 'Unknown';
    const [all, interviewed, placed] = bySource.get(source) ?? [[], [], []];
    all!.push(s.id);
    if (reached(s, 'interviewing')) interviewed!.push(s.id);
    if (isPlaced(s)) placed!.push(s.id);
    bySource.set(source, [all!, interviewed!, placed!]);
  }
  return [...bySource].map(([source, ids]) => ({ source, all: ids[0]!.length, interviewed: ids[1]!.length, placed: ids[2]!.length, ids }));
}

/** The Monday of a day's week, each day's worked out once (a year's submissions fall on a few hundred days; each is a date parse and format). */
const mondays = new Map<string, string>();
function mondayOf(day: string): string {
  let monday = mondays.get(day);
  if (monday === undefined) mondays.set(day, (monday = plusDays(day, -weekdays.indexOf(weekdayOf(day)))));
  return monday;
}

/**
 * Per week of the period (by its Monday): candidates submitted (their first move to submitted),
 * interviews held (not cancelled), and placements made (standing ones, on the day they were placed).
 */
export function activityReport(facts: Facts, figures: Figures): ActivityReport {
  const weeks = new Map<string, [string[], string[], string[]]>();
  for (let monday = mondayOf(facts.filters.from); monday <= facts.filters.to; monday = plusDays(monday, 7)) weeks.set(monday, [[], [], []]);
  const counted = !figures.keeps && facts.counts ? countedWeeks(facts, facts.counts, [...weeks.keys()]) : null;
  if (!counted) {
    const add = (instantOrDay: string, which: 0 | 1 | 2, id: string, isDay = false) => {
      const day = isDay ? instantOrDay : facts.day(instantOrDay);
      if (facts.dayInPeriod(day)) weeks.get(mondayOf(day))![which].push(id);
    };
    for (const s of facts.submissions) {
      const submitted = submittedAt(s);
      if (submitted) add(submitted, 0, s.id);
      for (const at of s.interviewsAt) add(at, 1, s.id);
    }
    for (const p of facts.placements) add(p.placedOn, 2, p.submissionId, true);
  }
  return {
    weeks: [...weeks].map(([week, ids], i) => {
      const figure = (which: 0 | 1 | 2, name: string) =>
        figures.countOf(`activity.${week}.${name}`, [{ ids: ids[which], count: counted ? counted[i]![which] : ids[which].length }]);
      return { week, submissions: figure(0, 'submissions'), interviews: figure(1, 'interviews'), placements: figure(2, 'placements') };
    }),
  };
}

/** Each week's counts by SQL: the instants of its days in the recruiter's zone, cut to the period. */
function countedWeeks(facts: Facts, counts: PeriodCounts, mondays: readonly string[]): [number, number, number][] {
  const [zone, { start, end }] = [facts.zone, facts];
  const bounds = mondays.map((monday): [string, string] => {
    const [from, to] = [instantOf(monday, '00:00', zone), instantOf(plusDays(monday, 7), '00:00', zone)];
    return [from < start ? start : from, to > end ? end : to];
  });
  return counts.weeks(bounds);
}
