import type { CandidateSummary } from '../../src/api/candidates';
import { useListOrder } from '../lists/listOrder';
import { focusFirstRow, VirtualList } from '../ui/VirtualList';
import { CandidateRow } from './CandidateRow';
import { useCandidateList } from './candidateListStore';

const LIST_ID = 'candidate-list';
/** Comfortable rows, or compact ones that show half as many again on a laptop screen. */
const ROW_HEIGHT = { comfortable: 52, compact: 36 } as const;

export const focusFirstCandidate = () => focusFirstRow(LIST_ID);

const candidateKey = (candidate: CandidateSummary) => candidate.id;
// Out here, so it is the same function every render (see VirtualList's renderRow).
const candidateRow = (candidate: CandidateSummary) => <CandidateRow candidate={candidate} />;

interface CandidateListProps {
  items: CandidateSummary[];
  total: number;
  hasMore: boolean;
  loadMore: (near: boolean) => void;
}

export function CandidateList(props: CandidateListProps) {
  const density = useCandidateList((s) => s.density);
  const { items } = props;
  useListOrder(items);
  return (
    <div className={`candidate-list candidate-list--${density}`}>
      <VirtualList
        // A new row height is a new layout: measured afresh.
        key={density}
        id={LIST_ID}
        label="Candidates"
        rowHeight={ROW_HEIGHT[density]}
        head={
          <div className="select-row">
            <span />
            <div className="candidate-columns">
              <span>Name</span>
              <span>Current role</span>
              <span>Location</span>
              <span>Latest stage</span>
              <span>Last activity</span>
              <span>Owner</span>
            </div>
          </div>
        }
        rowKey={candidateKey}
        renderRow={candidateRow}
        {...props}
      />
    </div>
  );
}
