import { create } from 'zustand';
import type { ClosingPlan } from '../../../src/api/jobClosing';
import { call } from '../../api/client';

/** The job Shortlist proposes closing, once a placement has filled its last opening. */
export const useJobClosing = create<{ plan: ClosingPlan | null }>(() => ({ plan: null }));

export const closeJobPrompt = () => useJobClosing.setState({ plan: null });

/** After a placement: asks whether every opening is now filled, and if so proposes closing the job. */
export async function afterPlacement(jobId: string): Promise<void> {
  try {
    const plan = await call('jobs.closingPlan', { id: jobId });
    if (plan.proposeClosing) useJobClosing.setState({ plan });
  } catch {
    // The placement is made; proposing to close the job is a courtesy that can wait for the job's page.
  }
}
