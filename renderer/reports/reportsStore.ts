import { create } from 'zustand';
import type { ReportInput, ReportName } from '../../src/api/reports';
import { periodOf, type PeriodChoice } from './reportPeriod';

interface ReportsState {
  period: PeriodChoice;
  filters: ReportInput;
  /** The figure whose records are listed in a dialog. */
  records: { report: ReportName; key: string; label: string } | null;
  /** The title of the job filtered by, when it was found by typing (the filters hold only its id). */
  jobName: string | null;
  /** While the screen goes on paper: the long tables show every row, not only the first. */
  printing: boolean;
}

/** What the Reports screen shows: its period, filters and the figure opened. */
export const useReports = create<ReportsState>(() => ({ period: 'quarter', filters: periodOf('quarter'), records: null, printing: false, jobName: null }));

export const openRecords = (records: ReportsState['records']) => useReports.setState({ records });
export const closeRecords = () => useReports.setState({ records: null });
export function choosePeriod(period: PeriodChoice) {
  useReports.setState((s) => ({ period, filters: period === 'custom' ? s.filters : { ...s.filters, ...periodOf(period) } }));
}
export const setFilters = (patch: Partial<ReportInput>) => useReports.setState((s) => ({ filters: { ...s.filters, ...patch } }));
/** A job found by typing, or all jobs again. */
export const chooseJob = (job: { id: string; name: string } | null) =>
  useReports.setState((s) => ({ filters: { ...s.filters, jobId: job?.id ?? null }, jobName: job?.name ?? null }));
/** The Reports screen for one client's work over a period (the client page's last year), every other filter cleared. */
export const showClientInReports = (clientId: string, period: { from: string; to: string }) =>
  useReports.setState({ period: 'custom', filters: { ...period, clientId, jobId: null, recruiter: null, source: null }, jobName: null });
