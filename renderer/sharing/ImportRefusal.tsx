import { CircleAlert } from 'lucide-react';

/** The core's own words on why a file was not imported, and the reassurance that matters. */
export function ImportRefusal({ message }: { message: string }) {
  return (
    <div className="sharing-refusal" role="alert">
      <CircleAlert size={16} aria-hidden className="sharing-refusal-icon" />
      <div className="sharing-refusal-text">
        <p className="sharing-refusal-title">This file was not imported</p>
        <p>{message}</p>
        {!/nothing was changed/i.test(message) && <p className="sharing-refusal-calm">Nothing was changed in your database.</p>}
      </div>
    </div>
  );
}
