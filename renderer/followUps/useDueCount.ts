import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { useDataVersion } from '../api/data';

const MINUTE = 60_000;

/**
 * How many follow-ups are due today or late: asked again after every change, and every minute,
 * since time alone makes a follow-up due. Undefined until the core has answered.
 */
export function useDueCount(): number | undefined {
  const version = useDataVersion((s) => s.version);
  const [minute, setMinute] = useState(0);
  const [due, setDue] = useState<number>();

  useEffect(() => {
    const timer = setInterval(() => setMinute((m) => m + 1), MINUTE);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    let current = true;
    call('reminders.count', {}).then(
      (count) => current && setDue(count.due),
      // The badge is a hint: without an answer it simply stays as it was.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [version, minute]);

  return due;
}
