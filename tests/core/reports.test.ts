import { describe, expect, it } from 'vitest';
import type { Figure, Spread } from '../../src/api/reports';
import { failure, freshApp, type TestApp } from './helpers';
import { quarter, recordAgencyQuarter } from './report-data';
import { sync } from './sharing-helpers';

const paris = { timeZone: 'Europe/Paris' };
/** The value of each figure, keys left out: what the tables show. */
const values = (figures: Record<string, Figure>) => Object.fromEntries(Object.entries(figures).map(([name, f]) => [name, f.value]));
const spread = (s: Spread) => [s.count.value, s.median, s.p90];

async function agency() {
  const app = await freshApp(undefined, paris);
  return { app, ids: recordAgencyQuarter(app) };
}

describe('reports, on a quarter worked out by hand', () => {
  it('revenue: fees placed, invoiced, paid, overdue and refunded per month, the goal and the forecast', async () => {
    const { app } = await agency();
    const revenue = app.call('reports.revenue', quarter);
    expect(revenue.currency).toBe('EUR');
    expect(revenue.months.map((m) => [m.month, values({ placed: m.placed, invoiced: m.invoiced, paid: m.paid, overdue: m.overdue, refunded: m.refunded })])).toEqual([
      ['2026-11', { placed: 24_000, invoiced: 24_000, paid: 0, overdue: 0, refunded: 0 }],
      // Ada's invoice fell due on 30 December and is unpaid on 5 January; Cal fell off with half of Beta's flat fee back.
      ['2026-12', { placed: 0, invoiced: 0, paid: 10_000, overdue: 14_000, refunded: 5_000 }],
    ]);
    expect(values(revenue.totals)).toEqual({ placed: 24_000, invoiced: 24_000, paid: 10_000, overdue: 14_000, refunded: 5_000 });
    expect(revenue.goal).toMatchObject({ year: 2026, amount: 100_000, placedNet: { value: 19_000 }, share: 0.19, expectedByNow: 100_000 });
    // Fay is interviewing for a job paying up to 80,000 at 20%: 16,000 × 25%.
    expect(revenue.forecast.total.value).toBe(4_000);
    expect(revenue.forecast.byStage.find((s) => s.stage === 'interviewing')).toMatchObject({ probability: 0.25, fees: { value: 16_000 }, expected: 4_000 });
    expect(revenue.forecast.withoutEstimate.value).toBe(0);
  });

  it('funnel: each step reached (a move back does not undo it), its conversion, the hit rate, and why the others closed', async () => {
    const { app, ids } = await agency();
    const funnel = app.call('reports.funnel', quarter);
    const steps = (f: { steps: { step: string; count: Figure; conversion: number | null }[] }) => f.steps.map((s) => [s.step, s.count.value, s.conversion]);
    expect(steps(funnel)).toEqual([
      ['submitted', 6, null],
      ['client_reviewing', 3, 0.5],
      ['interviewing', 3, 1],
      ['offer', 2, 0.667],
      ['placed', 2, 1],
    ]);
    expect(funnel.hitRate).toBe(0.333);
    expect(funnel.byClient.map((c) => [c.name, c.steps.map((s) => s.count.value), c.hitRate])).toEqual([
      ['Acme', [4, 2, 2, 1, 1], 0.25],
      ['Beta', [2, 1, 1, 1, 1], 0.5],
    ]);
    expect(funnel.byJob.map((j) => j.name)).toEqual(['Data Engineer', 'Sales Lead']);
    expect(funnel.closed.map((c) => [c.stage, c.reason, c.count.value])).toEqual([
      ['withdrawn', 'Accepted a counter-offer', 1],
      ['rejected', 'Not enough Rust', 1],
      ['lost', 'Took another offer', 1],
    ]);
    const placed = app.call('reports.records', { report: 'funnel', filters: quarter, key: funnel.steps.at(-1)!.count.key });
    expect(placed.map((r) => r.submissionId).sort()).toEqual([ids.sa, ids.sc].sort());
    expect(placed.map((r) => r.candidateName).sort()).toEqual(['Ada Adams', 'Cal Cole']);
  });

  it('time: to the first submission and to fill per job, each stage’s median and 90th percentile, the stuck', async () => {
    const { app, ids } = await agency();
    const time = app.call('reports.time', quarter);
    expect(time.jobs.map((j) => [j.title, j.openedOn, j.reopened, j.toFirstSubmission, j.toFill])).toEqual([
      ['Data Engineer', '2026-11-02', false, 2, 14],
      ['Sales Lead', '2026-11-03', true, 2, 20],
    ]);
    expect(spread(time.toFirstSubmission)).toEqual([2, 2, 2]);
    expect(spread(time.toFill)).toEqual([2, 17, 20]);
    expect(Object.fromEntries(time.stages.map((s) => [s.stage, spread(s)]))).toEqual({
      shortlisted: [1, 14, 14],
      // 2, 6, 4, 1 days, and Dan's and Eve's 14 days 9½ hours.
      submitted: [6, 5, 14.4],
      client_reviewing: [2, 2, 3],
      // Cal went back from the offer to interviewing: two stays, 4 and 2 days, with Ada's 3.
      interviewing: [3, 3, 4],
      offer: [3, 4, 5],
    });
    expect(time.stuck).toEqual([
      { submissionId: ids.sf, candidateName: 'Fay Fox', jobTitle: 'Data Engineer', clientName: 'Acme', stage: 'interviewing', days: 33 },
    ]);
    const job = app.call('reports.records', { report: 'time', filters: quarter, key: time.jobs[1]!.key });
    expect(job).toEqual([{ submissionId: null, jobId: ids.salesLead.id, candidateName: null, jobTitle: 'Sales Lead', clientName: 'Beta', stage: null }]);
  });

  it('client responsiveness: days to feedback, after interviews, to an offer’s answer; never answered; lost while waiting', async () => {
    const { app, ids } = await agency();
    const r = app.call('reports.responsiveness', quarter);
    const measured = (m: (typeof r)['overall']) => ({
      submissions: m.submissions.value,
      toFirstFeedback: spread(m.toFirstFeedback),
      interviewToFeedback: spread(m.interviewToFeedback),
      offerToAnswer: spread(m.offerToAnswer),
      neverAnswered: m.neverAnswered.value,
      neverAnsweredShare: m.neverAnsweredShare,
      lostWhileWaiting: m.lostWhileWaiting.value,
    });
    expect(measured(r.overall)).toEqual({
      submissions: 6,
      toFirstFeedback: [2, 3, 4],
      interviewToFeedback: [2, 1.5, 2],
      offerToAnswer: [2, 4.5, 5],
      neverAnswered: 4,
      neverAnsweredShare: 0.667,
      lostWhileWaiting: 1,
    });
    const acme = { submissions: 4, toFirstFeedback: [1, 2, 2], interviewToFeedback: [1, 2, 2], offerToAnswer: [1, 4, 4], neverAnswered: 3, neverAnsweredShare: 0.75, lostWhileWaiting: 1 };
    const beta = { submissions: 2, toFirstFeedback: [1, 4, 4], interviewToFeedback: [1, 1, 1], offerToAnswer: [1, 5, 5], neverAnswered: 1, neverAnsweredShare: 0.5, lostWhileWaiting: 0 };
    expect(r.byClient.map((c) => [c.name, measured(c)])).toEqual([['Acme', acme], ['Beta', beta]]);
    expect(r.byContact.map((c) => [c.name, c.contactId, measured(c)])).toEqual([
      ['Max Manager', ids.max.id, acme],
      ['Bea Boss', ids.bea.id, beta],
    ]);
    const lost = app.call('reports.records', { report: 'responsiveness', filters: quarter, key: r.overall.lostWhileWaiting.key });
    expect(lost.map((x) => x.candidateName)).toEqual(['Eve Evans']);
  });

  it('sources: which lead to interviews and placements', async () => {
    const { app } = await agency();
    const { sources } = app.call('reports.sources', quarter);
    expect(sources.map((s) => [s.source, s.submissions.value, s.interviews.value, s.placements.value, s.interviewRate, s.placementRate])).toEqual([
      ['LinkedIn', 3, 2, 1, 0.667, 0.333],
      ['Referral', 2, 1, 1, 0.5, 0.5],
      ['Unknown', 1, 0, 0, 0, 0],
    ]);
  });

  it('activity: submissions, interviews and placements per week, on the recruiter’s days', async () => {
    const { app } = await agency();
    const { weeks } = app.call('reports.activity', quarter);
    const busy = weeks
      .filter((w) => w.submissions.value! + w.interviews.value! + w.placements.value! > 0)
      .map((w) => [w.week, w.submissions.value, w.interviews.value, w.placements.value]);
    expect(weeks.map((w) => w.week)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
    // Eve was submitted at 23:30 UTC on Sunday 15 November: Monday 16 November in Paris.
    expect(busy).toEqual([
      ['2026-11-02', 4, 0, 0],
      ['2026-11-09', 0, 2, 0],
      ['2026-11-16', 1, 0, 1],
      ['2026-11-23', 0, 0, 1],
      ['2026-11-30', 1, 1, 0],
    ]);
  });

  it('filters narrow every report to a client, a job, a recruiter or a source', async () => {
    const { app, ids } = await agency();
    const only = (filters: object) => app.call('reports.funnel', { ...quarter, ...filters }).steps[0]!.count.value;
    expect(only({ clientId: ids.beta.id })).toBe(2);
    expect(only({ jobId: ids.dataEngineer.id })).toBe(4);
    expect(only({ recruiter: 'sam' })).toBe(2);
    expect(only({ source: 'LinkedIn' })).toBe(3);
    expect(app.call('reports.revenue', { ...quarter, clientId: ids.acme.id }).totals.placed.value).toBe(14_000);
    expect(app.call('reports.funnel', { from: '2026-12-01', to: '2026-12-31' }).steps[0]!.count.value).toBe(1);
  });

  it('a period that ends before it starts is refused', async () => {
    const app = await freshApp();
    expect(failure(() => app.call('reports.funnel', { from: '2026-12-01', to: '2026-11-01' }))).toMatchObject({
      code: 'invalid_input',
      field: 'to',
      message: 'The period must end on or after its first day',
    });
  });

  it('each report exports as CSV', async () => {
    const { app } = await agency();
    const csv = app.call('reports.export', { report: 'revenue', filters: quarter });
    expect(csv.fileName).toBe('shortlist-revenue-2026-11-01-to-2026-12-31.csv');
    expect(csv.text.replace('\ufeff', '').trim().split('\r\n')).toEqual([
      'Month,Placed (EUR),Invoiced,Paid,Overdue,Refunded',
      '2026-11,24000,24000,0,0,0',
      '2026-12,0,0,10000,14000,5000',
      'Total,24000,24000,10000,14000,5000',
    ]);
  });

  it('two recruiters who merged each other’s exports see the same reports', async () => {
    const robin = await freshApp(undefined, paris);
    const sam = await freshApp(undefined, paris);
    recordAgencyQuarter(robin, sam);
    sync(robin, sam);
    sync(sam, robin);
    const everything = (app: TestApp) =>
      (['revenue', 'funnel', 'time', 'responsiveness', 'sources', 'activity'] as const).map((name) => app.call(`reports.${name}`, quarter));
    const mine = everything(robin);
    expect(everything(sam)).toEqual(mine);
    const single = await agency();
    // The same figures as one recruiter who recorded it all (ids differ, so compare what the tables show).
    expect(mine[1]).toMatchObject({ hitRate: 0.333 });
    expect(JSON.stringify(mine[0]).replace(/"key":"[^"]*"/g, '')).toBe(JSON.stringify(single.app.call('reports.revenue', quarter)).replace(/"key":"[^"]*"/g, ''));
  });
});
