import { create } from 'zustand';
import type { ScreeningQuestion } from '../../src/api/candidates';

/** A file on its way in: read from disk, then sent to the core. */
export interface Upload {
  id: number;
  name: string;
  size: number;
  phase: 'reading' | 'sending';
  /** How much of the file has been read, from 0 to 1. */
  progress: number;
  /** Set once the core has it; the upload's row then gives way to the file's. */
  fileId?: string;
}

/** What the edit form opens at: the whole record, or straight at its consent. */
export type EditTarget = 'details' | 'consent';

interface CandidatePageState {
  editing: EditTarget | null;
  submitting: boolean;
  /** The screening question being answered in place, if any. */
  answering: ScreeningQuestion | null;
  uploads: Upload[];
  /** Files are being dragged over the files section. */
  dropping: boolean;
}

const closed: CandidatePageState = { editing: null, submitting: false, answering: null, uploads: [], dropping: false };

export const useCandidatePage = create<CandidatePageState>(() => closed);

/** Each candidate page starts clean: no dialog left open, no answer half edited. */
export const resetCandidatePage = () => useCandidatePage.setState(closed);
export const setEditingCandidate = (editing: EditTarget | null) => useCandidatePage.setState({ editing });
export const setSubmitting = (submitting: boolean) => useCandidatePage.setState({ submitting });
export const setAnswering = (answering: ScreeningQuestion | null) => useCandidatePage.setState({ answering });
export const setDropping = (dropping: boolean) => useCandidatePage.setState({ dropping });

export const addUpload = (upload: Upload) => useCandidatePage.setState((s) => ({ uploads: [...s.uploads, upload] }));
export const updateUpload = (id: number, patch: Partial<Upload>) =>
  useCandidatePage.setState((s) => ({ uploads: s.uploads.map((u) => (u.id === id ? { ...u, ...patch } : u)) }));
export const removeUpload = (id: number) => useCandidatePage.setState((s) => ({ uploads: s.uploads.filter((u) => u.id !== id) }));
/** Uploads whose files the page now lists are done. */
export const settleUploads = (fileIds: string[]) =>
  useCandidatePage.setState((s) => {
    const left = s.uploads.filter((u) => u.fileId === undefined || !fileIds.includes(u.fileId));
    return left.length === s.uploads.length ? s : { uploads: left };
  });
