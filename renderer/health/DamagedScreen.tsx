import { ShieldAlert } from 'lucide-react';
import { KeepFileCard } from './KeepFileCard';
import { RestoreNewestCard } from './RestoreNewestCard';

/** A damaged file stops the app's writing: what happened, that nothing more is written, and the two ways on. */
export function DamagedScreen({ message, onRestored }: { message: string | null; onRestored: () => void }) {
  return (
    <main className="damaged" aria-labelledby="damaged-title">
      <div className="damaged-content">
        <span className="damaged-icon" aria-hidden>
          <ShieldAlert size={26} />
        </span>
        <h1 className="damaged-title" id="damaged-title">
          Your database is damaged
        </h1>
        <p className="damaged-lead">
          Shortlist found parts of its file it cannot read. To keep what is still there safe, it has stopped writing to it:
          nothing more is changed in this file.
        </p>
        {message && <p className="damaged-detail">{message}</p>}
        <h2 className="damaged-subtitle">What you can do</h2>
        <RestoreNewestCard onRestored={onRestored} />
        <KeepFileCard />
      </div>
    </main>
  );
}
