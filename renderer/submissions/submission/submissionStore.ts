import { create } from 'zustand';

/** The submission page's one open dialog, if any. A prep note may start from a client's concern. */
export type SubmissionDialog = { kind: 'schedule' } | { kind: 'feedback' } | { kind: 'prep'; body: string };

export const useSubmissionPage = create<{ dialog: SubmissionDialog | null }>(() => ({ dialog: null }));

export const openSubmissionDialog = (dialog: SubmissionDialog) => useSubmissionPage.setState({ dialog });
export const closeSubmissionDialog = () => useSubmissionPage.setState({ dialog: null });
