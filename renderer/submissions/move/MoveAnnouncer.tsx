import { useMoves } from './moveStore';

/** Says each move out loud for screen readers; the card's new place shows it to everyone else. */
export function MoveAnnouncer() {
  const announcement = useMoves((s) => s.announcement);
  return (
    <p className="sr-only" role="status" aria-live="polite" data-testid="move-announcer">
      <span key={announcement.n}>{announcement.text}</span>
    </p>
  );
}
