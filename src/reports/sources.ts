import type { ActivityReport, SourcesReport } from '../api/reports';
import type { Facts } from './facts';
import type { Figures } from './figures';
import { isPlaced, reached, submittedAt } from './history';
import { presented } from './funnel';
import { byText, share } from './stats';
import { plusDays, weekdayOf } from '../reminders/time';
import { weekdays } from '../api/intake';

/** Of the submissions presented in the period, by the candidate's source: how many reached an interview, and a placement. */
export function sourcesReport(facts: Facts, figures: Figures): SourcesReport {
  const bySource = new Map<string, string[][]>();
  for (const s of presented(facts)) {
    const source = s.source ?? 'Unknown';
    const [all, interviewed, placed] = bySource.get(source) ?? [[], [], []];
    all!.push(s.id);
    if (reached(s, 'interviewing')) interviewed!.push(s.id);
    if (isPlaced(s)) placed!.push(s.id);
    bySource.set(source, [all!, interviewed!, placed!]);
  }
  return {
    sources: [...bySource]
      .map(([source, [all, interviewed, placed]]) => ({
        source,
        submissions: figures.count(`sources.${source}.submissions`, all!),
        interviews: figures.count(`sources.${source}.interviews`, interviewed!),
        placements: figures.count(`sources.${source}.placements`, placed!),
        interviewRate: share(interviewed!.length, all!.length),
        placementRate: share(placed!.length, all!.length),
      }))
      .sort((a, b) => b.submissions.value! - a.submissions.value! || byText(a.source, b.source)),
  };
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
  return {
    weeks: [...weeks].map(([week, [submitted, interviews, placements]]) => ({
      week,
      submissions: figures.count(`activity.${week}.submissions`, submitted),
      interviews: figures.count(`activity.${week}.interviews`, interviews),
      placements: figures.count(`activity.${week}.placements`, placements),
    })),
  };
}
