import { ChevronRight, GitCompareArrows, UsersRound, type LucideIcon } from 'lucide-react';
import { Link } from 'wouter';
import { paths } from '../app/paths';
import { useReviewCounts } from './reviewCounts';

/** What earlier imports left to review, with the way to each list. */
export function ReviewLinks() {
  const { conflicts, duplicates } = useReviewCounts();
  return (
    <nav className="card sharing-review" aria-label="To review">
      <ReviewLink
        href={paths.sharingConflicts}
        icon={GitCompareArrows}
        title="Conflicts"
        count={conflicts}
        none="None to review"
        some={(n) => `${n} ${n === 1 ? 'detail' : 'details'} changed on both sides`}
      />
      <ReviewLink
        href={paths.sharingDuplicates}
        icon={UsersRound}
        title="Likely duplicates"
        count={duplicates}
        none="None found"
        some={(n) => `${n} ${n === 1 ? 'pair' : 'pairs'} who may be one person`}
      />
    </nav>
  );
}

interface ReviewLinkProps {
  href: string;
  icon: LucideIcon;
  title: string;
  count: number | undefined;
  none: string;
  some: (n: number) => string;
}

function ReviewLink({ href, icon: Icon, title, count, none, some }: ReviewLinkProps) {
  const waiting = (count ?? 0) > 0;
  return (
    <Link href={href} className={waiting ? 'sharing-review-link sharing-review-link--waiting' : 'sharing-review-link'}>
      <span className="sharing-review-icon" aria-hidden>
        <Icon size={16} />
      </span>
      <span className="sharing-review-text">
        <span className="sharing-review-title">
          {title}
          {waiting && <span className="count sharing-review-count">{count}</span>}
        </span>
        <span className="sharing-review-detail">{count === undefined ? 'Counting…' : waiting ? some(count) : none}</span>
      </span>
      <ChevronRight size={16} aria-hidden className="sharing-review-chevron" />
    </Link>
  );
}
