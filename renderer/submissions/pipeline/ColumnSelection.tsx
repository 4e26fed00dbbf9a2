import { stageLabels, type Board, type BoardCard, type StageName } from '../../../src/api/submissions';
import { BulkBar } from '../../lists/BulkBar';
import { listOrder } from '../../lists/listOrder';
import { followList, useSelection } from '../../lists/selectionStore';

const keyOf = (jobId: string, stage: StageName) => `board:${jobId}:${stage}`;

/**
 * A column's cards select like a list's rows (their candidates): ticking one makes the selection
 * that column's, so a range or "select all" runs down the column as it is shown.
 */
export function claimColumn(jobId: string, stage: StageName, cards: readonly BoardCard[]): void {
  followList('candidate', keyOf(jobId, stage));
  listOrder.ids = cards.map((c) => c.candidateId);
}

/** The bulk bar of the column holding the selection, over the board; the board's candidates are on this job already, and stay out of the trash from here. */
export function ColumnBulkBar({ board }: { board: Board }) {
  const listKey = useSelection((s) => s.listKey);
  const column = board.columns.find((c) => listKey === `candidate:${keyOf(board.jobId, c.stage)}`);
  if (!column) return null;
  return <BulkBar matching={null} total={column.cards.length} omit={['trash']} label={`Selected in ${stageLabels[column.stage]}`} />;
}
