import type { JobSummary } from '../../src/api/jobs';
import { VirtualList } from '../ui/VirtualList';
import { JobRow } from './JobRow';

const ROW_HEIGHT = 52;

const jobKey = (job: JobSummary) => job.id;
// Out here, so it is the same function every render (see VirtualList's renderRow).
const jobRow = (job: JobSummary) => <JobRow job={job} />;

interface JobListProps {
  items: JobSummary[];
  total: number;
  hasMore: boolean;
  loadMore: () => void;
}

export function JobList(props: JobListProps) {
  return (
    <VirtualList
      id="job-list"
      label="Jobs"
      rowHeight={ROW_HEIGHT}
      head={
        <div className="job-columns">
          <span>Job</span>
          <span>Client</span>
          <span>Location</span>
          <span>Status</span>
          <span>Priority</span>
          <span className="numeric job-row-pipeline" title="In play · interviewing · placed">
            Pipeline
          </span>
          <span className="numeric job-row-openings">Openings</span>
          <span>Target fill</span>
        </div>
      }
      rowKey={jobKey}
      renderRow={jobRow}
      {...props}
    />
  );
}
