import { useCallback, useRef, useState } from 'react';
import type { CsvDuplicateRow, CsvImportProgress, CsvRejectedRow } from '../../src/api/csv';
import { call } from '../api/client';
import { asApiError } from '../api/data';

type Which = 'rejected' | 'duplicates';
type RowOf<W extends Which> = W extends 'rejected' ? CsvRejectedRow : CsvDuplicateRow;

/**
 * The rejected rows or the duplicates of a finished import, fetched a slice at a time as the
 * list scrolls, so thousands of them cost no more than a screenful.
 */
export function useImportRows<W extends Which>(progress: CsvImportProgress, which: W) {
  const [rows, setRows] = useState<RowOf<W>[]>([]);
  const [error, setError] = useState<string | null>(null);
  const fetching = useRef(false);
  const { jobId, rejectedCount, duplicateCount } = progress;
  const total = which === 'rejected' ? rejectedCount : duplicateCount;
  const loaded = rows.length;

  const loadMore = useCallback(() => {
    if (fetching.current || loaded >= total) return;
    fetching.current = true;
    // The other list's slice starts at its end, so only this one's rows are sent.
    call('csv.progress', {
      jobId,
      rejectedFrom: which === 'rejected' ? loaded : rejectedCount,
      duplicatesFrom: which === 'duplicates' ? loaded : duplicateCount,
    })
      .then(
        (answer) => setRows((prev) => (prev.length === loaded ? [...prev, ...(answer[which] as RowOf<W>[])] : prev)),
        (problem: unknown) => setError(asApiError(problem).message),
      )
      .finally(() => {
        fetching.current = false;
      });
  }, [jobId, which, loaded, total, rejectedCount, duplicateCount]);

  return { rows, total, error, hasMore: loaded < total && error === null, loadMore };
}
