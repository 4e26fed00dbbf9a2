import { Frown, Meh, Smile, type LucideIcon } from 'lucide-react';
import type { Sentiment } from '../../src/api/submissions';
import { sentimentLabels } from './stageFormat';

const icons: Record<Sentiment, LucideIcon> = { positive: Smile, mixed: Meh, negative: Frown };

/** How the client felt, in a colour and a word (never colour alone). */
export function SentimentChip({ sentiment }: { sentiment: Sentiment }) {
  const Icon = icons[sentiment];
  return (
    <span className={`sentiment sentiment--${sentiment}`}>
      <Icon size={12} strokeWidth={2.25} aria-hidden />
      {sentimentLabels[sentiment]}
    </span>
  );
}
