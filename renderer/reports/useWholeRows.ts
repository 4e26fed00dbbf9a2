import { useEffect, useState } from 'react';
import type { Input, Result } from '../../src/api/contract';
import type { ApiError } from '../../src/api/errors';
import { callUntil } from '../api/client';
import { asApiError, useDataVersion } from '../api/data';

type Rows = Result<'reports.rows'>;

/**
 * Every row of a long table, asked while `input` is given (the table opened, the page going on
 * paper), and again after any change to the data. Each time it is wanted anew, or tried again, is
 * a new attempt, as is the page going on paper: a refusal shows for its own attempt only, never as the answer to the next one
 * (useData would show it until the new answer came, and a page going on paper would not wait).
 */
export function useWholeRows(
  input: Input<'reports.rows'> | null,
  printing: boolean,
): { rows: Rows | undefined; error: ApiError | undefined; coming: boolean; retry: () => void } {
  const version = useDataVersion((s) => s.version);
  const key = input && JSON.stringify(input);
  const [attempt, setAttempt] = useState(0);
  const [wanted, setWanted] = useState(false);
  const [printed, setPrinted] = useState(printing);
  // Adjusted during render, React's way: the attempt changes in the same render as the input. A
  // page going on paper tries again a table refused before, so the paper waits for its rows.
  if (wanted !== (key !== null) || printed !== printing) {
    setWanted(key !== null);
    setPrinted(printing);
    if (key !== null && (!wanted || printing)) setAttempt((n) => n + 1);
  }
  const [answer, setAnswer] = useState<{ key: string; attempt: number; rows?: Rows; error?: ApiError }>();
  useEffect(() => {
    if (key === null) return;
    let current = true;
    // Let go once nobody waits for these rows (the page left, the table asked anew), as useData's reads are.
    const left = new AbortController();
    callUntil(left.signal, 'reports.rows', JSON.parse(key) as Input<'reports.rows'>).then(
      (rows) => current && setAnswer({ key, attempt, rows }),
      (error: unknown) => current && setAnswer({ key, attempt, error: asApiError(error) }),
    );
    return () => {
      current = false;
      left.abort();
    };
  }, [key, version, attempt]);
  const same = key !== null && answer?.key === key;
  // Rows read before for the same table stay while it asks again (after a change to the data).
  const rows = same ? answer.rows : undefined;
  const error = same && answer.attempt === attempt ? answer.error : undefined;
  return { rows, error, coming: key !== null && rows === undefined && error === undefined, retry: () => setAttempt((n) => n + 1) };
}
