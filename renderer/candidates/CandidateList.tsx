import type { CandidateSummary } from '../../src/api/candidates';
import { focusFirstRow, VirtualList } from '../ui/VirtualList';
import { CandidateRow } from './CandidateRow';

const LIST_ID = 'candidate-list';
const ROW_HEIGHT = 52;

export const focusFirstCandidate = () => focusFirstRow(LIST_ID);

const candidateKey = (candidate: CandidateSummary) => candidate.id;
// Out here, so it is the same function every render (see VirtualList's renderRow).
const candidateRow = (candidate: CandidateSummary) => <CandidateRow candidate={candidate} />;

interface CandidateListProps {
  items: CandidateSummary[];
  total: number;
  hasMore: boolean;
  loadMore: () => void;
}

export function CandidateList(props: CandidateListProps) {
  return (
    <VirtualList
      id={LIST_ID}
      label="Candidates"
      rowHeight={ROW_HEIGHT}
      head={
        <div className="candidate-columns">
          <span>Name</span>
          <span>Current role</span>
          <span>Location</span>
          <span>Skills</span>
        </div>
      }
      rowKey={candidateKey}
      renderRow={candidateRow}
      {...props}
    />
  );
}
