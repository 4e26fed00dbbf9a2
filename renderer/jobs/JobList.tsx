import type { JobSummary } from '../../src/api/jobs';
import { useListOrder } from '../lists/listOrder';
import { SelectHead } from '../lists/SelectRow';
import { VirtualList } from '../ui/VirtualList';
import { SelectableJobRow } from './JobRow';

const ROW_HEIGHT = 52;

const jobKey = (job: JobSummary) => job.id;
// Out here, so it is the same function every render (see VirtualList's renderRow).
const jobRow = (job: JobSummary) => <SelectableJobRow job={job} />;

interface JobListProps {
  items: JobSummary[];
  total: number;
  hasMore: boolean;
  loadMore: (near: boolean) => void;
}

export function JobList(props: JobListProps) {
  useListOrder(props.items);
  return (
    <VirtualList
      id="job-list"
      label="Jobs"
      rowHeight={ROW_HEIGHT}
      head={
        <SelectHead>
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
        </SelectHead>
      }
      rowKey={jobKey}
      renderRow={jobRow}
      {...props}
    />
  );
}
