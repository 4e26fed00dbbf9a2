import { ClientFilter, ClientJobFilter, RecruiterFilter, TextFilter } from './filterFields';
import { JobSearchFilter } from './JobSearchFilter';
import { periodChoices, periodLabels, type PeriodChoice } from './reportPeriod';
import { chooseJob, choosePeriod, setFilters, useReports } from './reportsStore';

/** The period (this month, quarter, year or chosen dates) and whose work the reports cover. */
export function ReportFilters() {
  const { period, filters, jobName } = useReports();
  return (
    <div className="report-filters no-print" role="group" aria-label="Period and filters">
      <label className="report-filter">
        <span>Period</span>
        <select className="input" value={period} onChange={(e) => choosePeriod(e.target.value as PeriodChoice)}>
          {periodChoices.map((p) => (
            <option key={p} value={p}>
              {periodLabels[p]}
            </option>
          ))}
        </select>
      </label>
      {period === 'custom' && (
        <>
          <label className="report-filter">
            <span>From</span>
            <input className="input" type="date" value={filters.from} onChange={(e) => e.target.value && setFilters({ from: e.target.value })} />
          </label>
          <label className="report-filter">
            <span>To</span>
            <input className="input" type="date" value={filters.to} onChange={(e) => e.target.value && setFilters({ to: e.target.value })} />
          </label>
        </>
      )}
      <ClientFilter value={filters.clientId ?? null} onChange={(clientId) => setFilters({ clientId, jobId: null })} />
      {filters.clientId ? (
        <ClientJobFilter clientId={filters.clientId} value={filters.jobId ?? null} onChange={(jobId) => setFilters({ jobId })} />
      ) : (
        <JobSearchFilter value={filters.jobId && jobName ? { id: filters.jobId, name: jobName } : null} onChange={chooseJob} />
      )}
      <RecruiterFilter value={filters.recruiter ?? null} onChange={(recruiter) => setFilters({ recruiter })} />
      <TextFilter label="Candidate source" placeholder="Any" value={filters.source ?? null} onChange={(source) => setFilters({ source })} />
    </div>
  );
}
