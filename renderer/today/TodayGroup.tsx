import { memo, startTransition, useEffect, useState } from 'react';
import type { Reminder } from '../../src/api/reminders';
import { FollowUpRow } from '../followUps/FollowUpRow';
import { selectRow } from './todayStore';

interface TodayGroupProps {
  id: 'overdue' | 'today' | 'upcoming';
  title: string;
  reminders: Reminder[];
  /** How many there are in all; a group lists its first few hundred. */
  count: number;
  /** Where this group's first row stands among all of Today's rows. */
  offset: number;
  selectedId: string | undefined;
  /** Said when the group is empty; an empty group is left out when this is not given. */
  empty?: string;
}

/**
 * Rows drawn for Today's first paint, more than a screenful; the rest of a group's few hundred
 * follow in a transition, which React renders in slices between frames, so Today shows without
 * waiting for rows below the fold. A row the keyboard selects is always drawn.
 */
const FIRST_ROWS = 30;

function useDrawnRows<T>(rows: T[], atLeast: number): T[] {
  const [all, setAll] = useState(false);
  useEffect(() => {
    startTransition(() => setAll(true));
  }, []);
  return all ? rows : rows.slice(0, Math.max(FIRST_ROWS, atLeast));
}

/** Memoised: moving the selection draws again only the row it leaves and the row it reaches. */
const TodayRow = memo(function TodayRow({ reminder, index, selected }: { reminder: Reminder; index: number; selected: boolean }) {
  // Clicking a row, or tabbing into one of its buttons, makes it the keyboard's row.
  const select = () => selectRow(reminder.id, index);
  return (
    <FollowUpRow
      reminder={reminder}
      showRecord
      tabIndex={-1}
      className={selected ? 'follow-up--selected' : undefined}
      onFocus={select}
      onClick={select}
    />
  );
});

/** Overdue, due today, or coming up: a heading with its count, and its follow-ups in due order. */
export function TodayGroup({ id, title, reminders, count, offset, selectedId, empty }: TodayGroupProps) {
  const drawn = useDrawnRows(reminders, reminders.findIndex((r) => r.id === selectedId) + 1);
  if (reminders.length === 0 && !empty) return null;
  const headingId = `today-${id}-heading`;
  return (
    <section className={`card today-group today-group--${id}`} aria-labelledby={headingId}>
      <h2 className="today-group-title" id={headingId}>
        {title} <span className="count">{count}</span>
      </h2>
      {reminders.length === 0 ? (
        <p className="hint today-group-empty">{empty}</p>
      ) : (
        <ul className="follow-up-list" aria-label={title}>
          {drawn.map((reminder, i) => (
            <TodayRow key={reminder.id} reminder={reminder} index={offset + i} selected={reminder.id === selectedId} />
          ))}
        </ul>
      )}
      {count > reminders.length && (
        <p className="hint">
          Showing the first {reminders.length} of {count}.
        </p>
      )}
    </section>
  );
}
