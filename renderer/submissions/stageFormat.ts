import { stageLabels, type Sentiment, type StageName } from '../../src/api/submissions';

/** Two weeks without a move is when a good candidate starts taking other offers. */
export const STALE_AFTER_DAYS = 14;

export const sentimentLabels: Record<Sentiment, string> = { positive: 'Positive', mixed: 'Mixed', negative: 'Negative' };

/** "Interviewing · Technical interview", or the stage's own name. */
export function stageWithStep(stage: StageName, step: string | null): string {
  return step ? `${stageLabels[stage]} · ${step}` : stageLabels[stage];
}
