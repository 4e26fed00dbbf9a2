import { z } from 'zod';
import { Id, Money, optionalText } from './common';
import type { StageName } from './submissions';

const Day = z.iso.date({ message: 'Use a date like 2026-11-22' });

export const reportNames = ['revenue', 'funnel', 'time', 'responsiveness', 'sources', 'activity'] as const;
export type ReportName = (typeof reportNames)[number];
export const reportLabels: Record<ReportName, string> = {
  revenue: 'Revenue',
  funnel: 'Funnel',
  time: 'Time',
  responsiveness: 'Client responsiveness',
  sources: 'Sources',
  activity: 'Activity',
};

/** The period (the recruiter's days, both included) and whose work a report covers. */
export const ReportInput = z
  .strictObject({
    from: Day,
    to: Day,
    clientId: Id.nullable().default(null),
    jobId: Id.nullable().default(null),
    /** The job's owner. */
    recruiter: optionalText(100).default(null),
    /** The candidate's source, as recorded on the candidate. */
    source: optionalText(300).default(null),
  })
  .refine((input) => input.from <= input.to, { message: 'The period must end on or after its first day', path: ['to'] });
export type ReportInput = z.input<typeof ReportInput>;
export type ReportFilters = z.output<typeof ReportInput>;

export const ReportRecordsInput = z.strictObject({ report: z.enum(reportNames), filters: ReportInput, key: z.string().max(300) });
export const ReportExportInput = z.strictObject({ report: z.enum(reportNames), filters: ReportInput });

/** How many rows of a long table the Reports screen shows before "Show all". */
export const rowsShown = 25;

/**
 * The reports' long tables, a row per client, job or hiring manager (hundreds at 100,000
 * candidates, each row many figures with their keys): the screen's answer holds the first
 * `rowsShown` of each, and reports.rows gives a table's every row when it is opened.
 */
export const longTables = { funnel: ['byClient', 'byJob'], responsiveness: ['byClient', 'byContact'] } as const;
export type LongTableReport = keyof typeof longTables;
export type LongTable<R extends LongTableReport> = (typeof longTables)[R][number];

const tableOf = <R extends LongTableReport>(report: R) =>
  z.strictObject({
    report: z.literal(report),
    table: z.enum(longTables[report], { message: `The ${report} report’s tables are ${longTables[report].join(' and ')}` }),
    filters: ReportInput,
  });
export const ReportRowsInput = z.discriminatedUnion('report', [tableOf('funnel'), tableOf('responsiveness')], {
  message: `Only the ${Object.keys(longTables).join(' and ')} reports have tables of rows`,
});
export type ReportRowsQuery = z.output<typeof ReportRowsInput>;

/** Stages whose open submissions feed the revenue forecast, each with its chance of ending in a placement. */
export const forecastStages = ['submitted', 'client_reviewing', 'interviewing', 'offer'] as const;
export type ForecastStage = (typeof forecastStages)[number];

export const ReportSettingsInput = z.strictObject({
  yearlyGoal: Money.nullable(),
  probabilities: z.strictObject(
    Object.fromEntries(forecastStages.map((s) => [s, z.number().min(0, 'Use 0 to 100%').max(1, 'Use 0 to 100%')])) as Record<
      ForecastStage,
      z.ZodNumber
    >,
  ),
  stuckDays: z.number().int('Use whole days').min(1, 'Use 1 day or more').max(365),
});
export type ReportSettings = z.output<typeof ReportSettingsInput>;

/**
 * One figure of a report: its value, and the key that names the records behind it (for
 * reports.records). A value of null means there was nothing to measure.
 */
export interface Figure {
  value: number | null;
  key: string;
}

/** Durations in days over the records measured. */
export interface Spread {
  count: Figure;
  median: number | null;
  p90: number | null;
}

export interface RevenueMonth {
  month: string;
  placed: Figure;
  invoiced: Figure;
  paid: Figure;
  overdue: Figure;
  refunded: Figure;
}

export interface RevenueReport {
  /** The goal's currency, or the one most fees were in; the months are in it. */
  currency: string;
  months: RevenueMonth[];
  totals: Omit<RevenueMonth, 'month'>;
  /** Fees placed in other currencies, left out of the months above. */
  otherCurrencies: { currency: string; placed: Figure }[];
  goal: { year: number; amount: number; placedNet: Figure; share: number; expectedByNow: number } | null;
  forecast: { total: Figure; byStage: { stage: ForecastStage; probability: number; fees: Figure; expected: number }[]; withoutEstimate: Figure };
}

export const funnelSteps = ['submitted', 'client_reviewing', 'interviewing', 'offer', 'placed'] as const;
export type FunnelStep = (typeof funnelSteps)[number];

export interface FunnelCounts {
  steps: { step: FunnelStep; count: Figure; conversion: number | null }[];
  hitRate: number | null;
}

export interface FunnelReport extends FunnelCounts {
  byClient: ({ clientId: string; name: string } & FunnelCounts)[];
  byJob: ({ jobId: string; name: string; clientName: string } & FunnelCounts)[];
  closed: { stage: StageName; reason: string; count: Figure }[];
}

export interface TimeReport {
  jobs: {
    jobId: string;
    title: string;
    clientName: string;
    openedOn: string;
    reopened: boolean;
    toFirstSubmission: number | null;
    toFill: number | null;
    key: string;
  }[];
  toFirstSubmission: Spread;
  toFill: Spread;
  stages: ({ stage: StageName } & Spread)[];
  stuckDays: number;
  /** The longest-waiting of the submissions with no move for `stuckDays` (the first 50; reports.exportStuck gives them all). */
  stuck: { submissionId: string; candidateName: string; jobTitle: string; clientName: string; stage: StageName; days: number }[];
  /** How many submissions are stuck in all. */
  stuckCount: number;
}

export interface Responsiveness {
  submissions: Figure;
  toFirstFeedback: Spread;
  interviewToFeedback: Spread;
  offerToAnswer: Spread;
  neverAnswered: Figure;
  neverAnsweredShare: number | null;
  lostWhileWaiting: Figure;
}

export interface ResponsivenessReport {
  overall: Responsiveness;
  byClient: ({ clientId: string; name: string } & Responsiveness)[];
  /** By the job's hiring manager, the person whose answer is awaited. */
  byContact: ({ contactId: string | null; name: string; clientName: string } & Responsiveness)[];
}

export interface SourcesReport {
  sources: { source: string; submissions: Figure; interviews: Figure; placements: Figure; interviewRate: number | null; placementRate: number | null }[];
}

export interface ActivityReport {
  /** Each week by its Monday. */
  weeks: { week: string; submissions: Figure; interviews: Figure; placements: Figure }[];
}

export interface Reports {
  revenue: RevenueReport;
  funnel: FunnelReport;
  time: TimeReport;
  responsiveness: ResponsivenessReport;
  sources: SourcesReport;
  activity: ActivityReport;
}

/** A report as the Reports screen gets it: each long table cut to its first `rowsShown` rows, with how many it has in all. */
export type FirstRows<R extends LongTableReport> = Reports[R] & { totalRows: Record<LongTable<R>, number> };
export type FunnelAnswer = FirstRows<'funnel'>;
export type ResponsivenessAnswer = FirstRows<'responsiveness'> & {
  /** The clients with the most submissions (its chart's bars), of every client, not only the rows shown. */
  busiest: { clientId: string; name: string; median: number | null; p90: number | null }[];
};
/** Every row of one long table, in the report's order (reports.rows). */
export type ReportRows = FunnelReport['byClient'] | FunnelReport['byJob'] | ResponsivenessReport['byClient'] | ResponsivenessReport['byContact'];

/** A record behind a figure: a submission (or the job it is about, for a job's times). */
export interface ReportRecord {
  submissionId: string | null;
  jobId: string;
  candidateName: string | null;
  jobTitle: string;
  clientName: string;
  stage: StageName | null;
}
