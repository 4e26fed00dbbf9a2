import { create } from 'zustand';
import type { StageName } from '../../../src/api/submissions';
import type { BoardSort } from './boardArrangement';

interface PipelineState {
  /** The card holding the board's one tab stop; arrow keys move it. */
  activeId: string | null;
  /** A card to put focus back on once the board has redrawn it in its new column. */
  refocus: { id: string; stage: StageName } | null;
  showClosed: boolean;
  /** The column a dragged card is over. */
  dropStage: StageName | null;
  draggingId: string | null;
  adding: boolean;
  /** Shows only the cards whose name or title holds this. */
  filter: string;
  sort: BoardSort;
}

export const usePipeline = create<PipelineState>(() => ({
  activeId: null,
  refocus: null,
  showClosed: false,
  dropStage: null,
  draggingId: null,
  adding: false,
  filter: '',
  sort: 'board',
}));

export const setActiveCard = (activeId: string) => usePipeline.setState({ activeId });
export const refocusCard = (id: string, stage: StageName) => usePipeline.setState({ activeId: id, refocus: { id, stage } });
export const refocused = () => usePipeline.setState({ refocus: null });
export const toggleClosed = () => usePipeline.setState((s) => ({ showClosed: !s.showClosed }));
export const setDropStage = (dropStage: StageName | null) =>
  usePipeline.getState().dropStage !== dropStage && usePipeline.setState({ dropStage });
export const setDragging = (draggingId: string | null) => usePipeline.setState({ draggingId, dropStage: null });
export const openAddCandidate = () => usePipeline.setState({ adding: true });
export const closeAddCandidate = () => usePipeline.setState({ adding: false });
export const setBoardFilter = (filter: string) => usePipeline.setState({ filter });
export const setBoardSort = (sort: BoardSort) => usePipeline.setState({ sort });
