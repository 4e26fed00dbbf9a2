import { useData } from '../api/data';
import { ClientFilter, RecruiterFilter } from './filterFields';
import { periodChoices, periodLabels, type PeriodChoice } from './reportPeriod';
import { choosePeriod, setFilters, useReports } from './reportsStore';

/** The period (this month, quarter, year or chosen dates) and whose work the reports cover. */
export function ReportFilters() {
  const { period, filters } = useReports();
  const { data: jobs } = useData('jobs.list', { limit: 500, ...(filters.clientId && { clientId: filters.clientId }) });
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
      <label className="report-filter">
        <span>Job</span>
        <select className="input" value={filters.jobId ?? ''} onChange={(e) => setFilters({ jobId: e.target.value || null })}>
          <option value="">All jobs</option>
          {jobs?.items.map((j) => (
            <option key={j.id} value={j.id}>
              {j.title}
            </option>
          ))}
        </select>
      </label>
      <RecruiterFilter value={filters.recruiter ?? null} onChange={(recruiter) => setFilters({ recruiter })} />
      <label className="report-filter">
        <span>Candidate source</span>
        <input className="input" value={filters.source ?? ''} placeholder="Any" onChange={(e) => setFilters({ source: e.target.value || null })} />
      </label>
    </div>
  );
}
