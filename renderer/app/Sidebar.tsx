import {
  ArrowLeftRight,
  BriefcaseBusiness,
  Building2,
  ChartColumn,
  HandCoins,
  ListChecks,
  Settings,
  Sunrise,
  Trash2,
  UsersRound,
  type LucideIcon,
} from 'lucide-react';
import { Link, useLocation } from 'wouter';
import { useDueCount } from '../followUps/useDueCount';
import { ListsNav } from '../lists/ListsNav';
import { SearchEntry } from '../search/SearchEntry';
import { useReviewTotal } from '../sharing/reviewCounts';
import { SyncStatusLine } from '../sync/SyncStatusLine';
import { TasksEntry } from '../tasks/TasksEntry';
import { paths } from './paths';

interface NavItem {
  to: string;
  label: string;
  icon: LucideIcon;
  /** A number beside the label, such as the follow-ups due. */
  badge?: number;
  /** What the badge counts, after its number: for screen readers (short) and its tooltip (long). */
  counts?: { short: string; long: string };
}

const dueCounts = { short: 'due', long: 'due today or late' };

const work: NavItem[] = [
  { to: paths.today, label: 'Today', icon: Sunrise },
  { to: paths.clients, label: 'Clients', icon: Building2 },
  { to: paths.jobs, label: 'Jobs', icon: BriefcaseBusiness },
  { to: paths.candidates, label: 'Candidates', icon: UsersRound },
  { to: paths.placements, label: 'Placements', icon: HandCoins },
  { to: paths.reports, label: 'Reports', icon: ChartColumn },
];

const housekeeping: NavItem[] = [
  {
    to: paths.sharing,
    label: 'Sharing',
    icon: ArrowLeftRight,
    counts: { short: 'to review', long: 'conflicts and likely duplicates to review' },
  },
  { to: paths.trash, label: 'Trash', icon: Trash2 },
  { to: paths.settings, label: 'Settings', icon: Settings },
];

export function Sidebar() {
  const due = useDueCount();
  const review = useReviewTotal();
  const items = work.map((item) => (item.to === paths.today ? { ...item, badge: due } : item));
  const bottom = housekeeping.map((item) => (item.to === paths.sharing ? { ...item, badge: review } : item));
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          <ListChecks size={15} strokeWidth={2.25} />
        </span>
        <span className="brand-name">Shortlist</span>
      </div>
      <SearchEntry />
      <NavList items={items} />
      <ListsNav />
      <NavList items={bottom} className="nav-bottom" />
      <TasksEntry />
      <SyncStatusLine />
    </nav>
  );
}

function NavList({ items, className }: { items: NavItem[]; className?: string }) {
  const [location] = useLocation();
  return (
    <ul className={['nav', className].filter(Boolean).join(' ')}>
      {items.map(({ to, label, icon: Icon, badge, counts = dueCounts }) => {
        // A client's page still belongs to Clients.
        const current = location === to || location.startsWith(`${to}/`);
        return (
          <li key={to}>
            <Link href={to} className="nav-link" aria-current={current ? 'page' : undefined}>
              <Icon size={16} aria-hidden className="nav-icon" />
              {label}
              {badge ? (
                <span className="nav-badge" title={`${badge} ${counts.long}`}>
                  {badge}
                  <span className="sr-only"> {counts.short}</span>
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
