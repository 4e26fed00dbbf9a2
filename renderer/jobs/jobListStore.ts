import { create } from 'zustand';
import { jobSorts, type JobPriority, type JobStatus } from '../../src/api/jobs';

export type JobSort = (typeof jobSorts)[number];

interface JobListState {
  clientId: string | null;
  /** Open jobs are the day's work, so the list starts there. */
  status: JobStatus | null;
  priority: JobPriority | null;
  sort: JobSort;
  /** Only jobs carrying this tag ('' for any). */
  tag: string;
}

export const initialJobFilters: Omit<JobListState, 'sort'> = { clientId: null, status: 'open', priority: null, tag: '' };

/** The sort is this laptop's habit, kept across starts; the filters are the moment's. */
const SORT_KEY = 'shortlist.jobs.sort';
const rememberedSort = (): JobSort => {
  const saved = localStorage.getItem(SORT_KEY);
  return jobSorts.find((s) => s === saved) ?? 'target';
};

/** Kept while the recruiter opens a job and comes back, so the list is as they left it. */
export const useJobList = create<JobListState>(() => ({ ...initialJobFilters, sort: rememberedSort() }));

export const setJobClient = (clientId: string | null) => useJobList.setState({ clientId });
export const setJobStatus = (status: JobStatus | null) => useJobList.setState({ status });
export const setJobPriority = (priority: JobPriority | null) => useJobList.setState({ priority });
export const setJobTag = (tag: string) => useJobList.setState({ tag });
export const setJobSort = (sort: JobSort) => {
  localStorage.setItem(SORT_KEY, sort);
  useJobList.setState({ sort });
};
export const resetJobFilters = () => useJobList.setState(initialJobFilters);
/** All of one client's jobs, whatever their status: where "See all jobs" on a client page leads. */
export const showJobsOfClient = (clientId: string) => useJobList.setState({ clientId, status: null, priority: null, tag: '' });
