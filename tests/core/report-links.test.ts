import { describe, expect, it } from 'vitest';
import { reportNames, type Figure, type ReportName } from '../../src/api/reports';
import { failure, freshApp, type TestApp } from './helpers';
import { quarter, recordAgencyQuarter } from './report-data';

const paris = { timeZone: 'Europe/Paris' };

async function agency() {
  const app = await freshApp(undefined, paris);
  return { app, ids: recordAgencyQuarter(app) };
}

/** Every figure of a report (a value with the key of its records), wherever it stands in the answer, with its path. */
function figuresOf(answer: unknown, path = ''): { path: string; figure: Figure }[] {
  if (answer === null || typeof answer !== 'object') return [];
  if ('value' in answer && 'key' in answer) return [{ path, figure: answer as Figure }];
  return Object.entries(answer).flatMap(([name, inner]) => figuresOf(inner, `${path}.${name}`));
}

/** The whole report, its long tables unfolded, as the CSV and the CLI read it. */
function whole(app: TestApp, name: ReportName): unknown {
  const answer = app.call(`reports.${name}`, quarter) as unknown as Record<string, unknown>;
  if (name === 'funnel' || name === 'responsiveness') {
    for (const table of ['byClient', 'byJob', 'byContact']) {
      if (table in answer) answer[table] = app.call('reports.rows', { report: name, table: table as never, filters: quarter });
    }
  }
  return answer;
}

const names = (app: TestApp, report: ReportName, key: string) =>
  app.call('reports.records', { report, filters: quarter, key }).map((r) => r.candidateName ?? r.jobTitle).sort();

describe('every figure of every report is a link to its records', () => {
  it('each figure above nothing opens at least one record, and a count opens as many records as it counts', async () => {
    const { app } = await agency();
    // Money sums several records into one amount, and a stage's stays may be two of one submission
    // (a move back): each opens the submissions behind it. Any other count is exactly its records.
    const several = /^\.(months|totals|goal|forecast|otherCurrencies)|\.fees$|\.placedNet$|^\.stages\./;
    let checked = 0;
    for (const name of reportNames) {
      for (const { path, figure } of figuresOf(whole(app, name))) {
        const records = app.call('reports.records', { report: name, filters: quarter, key: figure.key });
        if (!figure.value) {
          expect(records, `${name}${path}`).toEqual([]);
          continue;
        }
        checked += 1;
        if (several.test(path)) expect(records.length, `${name}${path}`).toBeGreaterThan(0);
        else expect(records.length, `${name}${path}`).toBe(figure.value);
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('revenue’s figures name the placements and open submissions behind them', async () => {
    const { app } = await agency();
    const r = app.call('reports.revenue', quarter);
    const december = r.months.find((m) => m.month === '2026-12')!;
    expect(names(app, 'revenue', december.overdue.key)).toEqual(['Ada Adams']);
    expect(names(app, 'revenue', december.paid.key)).toEqual(['Cal Cole']);
    expect(names(app, 'revenue', december.refunded.key)).toEqual(['Cal Cole']);
    expect(names(app, 'revenue', r.totals.placed.key)).toEqual(['Ada Adams', 'Cal Cole']);
    expect(names(app, 'revenue', r.goal!.placedNet.key)).toEqual(['Ada Adams', 'Cal Cole']);
    // The forecast: Fay, interviewing.
    expect(names(app, 'revenue', r.forecast.total.key)).toEqual(['Fay Fox']);
  });

  it('sources, activity and time name theirs: the candidates of a source, of a week, the stays in a stage', async () => {
    const { app } = await agency();
    const { sources } = app.call('reports.sources', quarter);
    const linkedIn = sources.find((s) => s.source === 'LinkedIn')!;
    expect(names(app, 'sources', linkedIn.submissions.key)).toEqual(['Ada Adams', 'Ben Brown', 'Fay Fox']);
    expect(names(app, 'sources', linkedIn.interviews.key)).toEqual(['Ada Adams', 'Fay Fox']);
    expect(names(app, 'sources', linkedIn.placements.key)).toEqual(['Ada Adams']);
    const { weeks } = app.call('reports.activity', quarter);
    const first = weeks.find((w) => w.week === '2026-11-02')!;
    expect(names(app, 'activity', first.submissions.key)).toEqual(['Ada Adams', 'Ben Brown', 'Cal Cole', 'Dan Dietz']);
    expect(names(app, 'activity', weeks.find((w) => w.week === '2026-11-23')!.placements.key)).toEqual(['Cal Cole']);
    const time = app.call('reports.time', quarter);
    // Three stays at interviewing ended: Ada's, and Cal's two (he went back from the offer); Fay is still there.
    const interviewing = time.stages.find((s) => s.stage === 'interviewing')!;
    expect(interviewing.count.value).toBe(3);
    expect(names(app, 'time', interviewing.count.key)).toEqual(['Ada Adams', 'Cal Cole']);
    expect(names(app, 'time', time.toFill.count.key)).toEqual(['Data Engineer', 'Sales Lead']);
  });

  it('a key no figure has opens no records, and a key too long is refused', async () => {
    const { app } = await agency();
    expect(app.call('reports.records', { report: 'funnel', filters: quarter, key: 'no such figure' })).toEqual([]);
    expect(failure(() => app.call('reports.records', { report: 'funnel', filters: quarter, key: 'x'.repeat(301) })).field).toBe('key');
  });
});

describe('each report exports as CSV, its figures as the screen shows them', () => {
  const csvLines = (app: TestApp, report: ReportName) => {
    const file = app.call('reports.export', { report, filters: quarter });
    expect(file).toMatchObject({ mimeType: 'text/csv', fileName: expect.stringMatching(/^shortlist-[a-z-]+-2026-11-01-to-2026-12-31\.csv$/) });
    expect(file.text.startsWith('\ufeff')).toBe(true);
    return file.text.slice(1).trimEnd().split('\r\n');
  };

  it('time: a row per job, its days to the first submission and to fill, reopened said', async () => {
    const { app } = await agency();
    expect(csvLines(app, 'time')).toEqual([
      'Job,Client,Opened on,Reopened,Days to first submission,Days to fill',
      'Data Engineer,Acme,2026-11-02,no,2,14',
      'Sales Lead,Beta,2026-11-03,yes,2,20',
    ]);
  });

  it('responsiveness, sources and activity: every row and figure', async () => {
    const { app } = await agency();
    const answers = csvLines(app, 'responsiveness');
    expect(answers[0]).toBe(
      'Client,Hiring manager,Submissions,Days to first feedback (median),(90th percentile),Days from interview to feedback (median),(90th percentile),Days from offer to answer (median),(90th percentile),Never answered,Lost to a competitor while waiting',
    );
    expect(answers.slice(1)).toEqual(['All,All,6,3,4,1.5,2,4.5,5,66.7%,1', 'Acme,All,4,2,2,2,2,4,4,75%,1', 'Beta,All,2,4,4,1,1,5,5,50%,0', 'Acme,Max Manager,4,2,2,2,2,4,4,75%,1', 'Beta,Bea Boss,2,4,4,1,1,5,5,50%,0']);
    expect(csvLines(app, 'sources')).toEqual([
      'Source,Submissions,Interviews,Placements,Interview rate,Placement rate',
      'LinkedIn,3,2,1,66.7%,33.3%',
      'Referral,2,1,1,50%,50%',
      'Unknown,1,0,0,0%,0%',
    ]);
    const activity = csvLines(app, 'activity');
    expect(activity[0]).toBe('Week of,Submissions,Interviews,Placements');
    expect(activity).toContain('2026-11-02,4,0,0');
    expect(activity).toContain('2026-11-30,1,1,0');
    expect(activity).toHaveLength(1 + 10);
  });

  it('the funnel: everyone, each client and each job, with the hit rate', async () => {
    const { app } = await agency();
    expect(csvLines(app, 'funnel')).toEqual([
      'Client,Job,Submitted to client,Client reviewing,Interviewing,Offer,Placed,Hit rate',
      'All,All,6,3,3,2,2,33.3%',
      'Acme,All,4,2,2,1,1,25%',
      'Beta,All,2,1,1,1,1,50%',
      'Acme,Data Engineer,4,2,2,1,1,25%',
      'Beta,Sales Lead,2,1,1,1,1,50%',
    ]);
  });
});

describe('report settings', () => {
  it('the goal, each stage’s probability and the days before a submission is stuck are kept, and the reports follow them at once', async () => {
    const { app, ids } = await agency();
    expect(app.call('reports.revenue', quarter).forecast.total.value).toBe(4_000);
    expect(app.call('reports.time', quarter).stuck.map((s) => s.submissionId)).toEqual([ids.sf]);
    const saved = app.call('reports.saveSettings', {
      yearlyGoal: { amount: 38_000, currency: 'EUR' },
      probabilities: { submitted: 0, client_reviewing: 0, interviewing: 0.5, offer: 0.9 },
      stuckDays: 40,
    });
    expect(app.call('reports.settings', {})).toEqual(saved);
    const revenue = app.call('reports.revenue', quarter);
    // Fay's 16,000 at interviewing, now at 50%; the net placed 19,000 half of the new goal.
    expect(revenue.forecast.total.value).toBe(8_000);
    expect(revenue.goal).toMatchObject({ amount: 38_000, share: 0.5 });
    // Fay has waited 33 days: not stuck at 40.
    expect(app.call('reports.time', quarter)).toMatchObject({ stuckDays: 40, stuck: [], stuckCount: 0 });
  });

  it('a probability over 100%, a stuck of 0 days or a goal below nothing is refused and changes nothing', async () => {
    const app = await freshApp();
    const before = app.call('reports.settings', {});
    const good = { yearlyGoal: null, probabilities: { submitted: 0, client_reviewing: 0, interviewing: 0.25, offer: 0.6 }, stuckDays: 7 };
    expect(failure(() => app.call('reports.saveSettings', { ...good, probabilities: { ...good.probabilities, offer: 1.5 } }))).toMatchObject({
      code: 'invalid_input',
      field: 'probabilities.offer',
      message: 'Use 0 to 100%',
    });
    expect(failure(() => app.call('reports.saveSettings', { ...good, stuckDays: 0 }))).toMatchObject({ field: 'stuckDays', message: 'Use 1 day or more' });
    expect(failure(() => app.call('reports.saveSettings', { ...good, yearlyGoal: { amount: -5, currency: 'EUR' } })).field).toMatch(/^yearlyGoal/);
    expect(app.call('reports.settings', {})).toEqual(before);
  });
});
