import { create } from 'zustand';
import type { Job } from '../../src/api/jobs';

/** A new job (for a client already chosen, or to choose in the form), or a job to edit. */
export type JobEditor = { mode: 'new'; clientId: string | null } | { mode: 'edit'; job: Job };

export const useJobEditor = create<{ editor: JobEditor | null }>(() => ({ editor: null }));

export const openJobEditor = (editor: JobEditor) => useJobEditor.setState({ editor });
export const closeJobEditor = () => useJobEditor.setState({ editor: null });
