import { create } from 'zustand';
import type { StageName, Submission } from '../../../src/api/submissions';
import type { MoveNeeds, Mover } from './moveRules';

/** What a move is made in: the job's interview steps and the currency a placement is paid in. */
export interface MoveContext {
  steps: string[];
  currency: string;
  /** Runs once the core has made the move, e.g. to keep focus on the card that moved. */
  afterMove?: (moved: Submission) => void;
}

export interface PendingMove {
  mover: Mover;
  to: StageName;
  needs: MoveNeeds;
  context: MoveContext;
  /** The core's word, when a move tried straight away turned out to need more. */
  refusal?: { field?: string; message: string };
}

export interface OpenMenu {
  mover: Mover;
  context: MoveContext;
  /** What the menu hangs from, and where focus goes back when it closes. */
  anchor: HTMLElement;
  returnFocus: HTMLElement;
}

interface MoveState {
  menu: OpenMenu | null;
  pending: PendingMove | null;
  /** Read out by the page's live region; the counter makes the same words read out again. */
  announcement: { text: string; n: number };
}

export const useMoves = create<MoveState>(() => ({ menu: null, pending: null, announcement: { text: '', n: 0 } }));

export const openMoveMenu = (menu: OpenMenu) => useMoves.setState({ menu });
export const closeMoveMenu = () => useMoves.setState({ menu: null });
export const openMoveDialog = (pending: PendingMove) => useMoves.setState({ pending, menu: null });
export const closeMoveDialog = () => useMoves.setState({ pending: null });
export const announce = (text: string) => useMoves.setState((s) => ({ announcement: { text, n: s.announcement.n + 1 } }));
