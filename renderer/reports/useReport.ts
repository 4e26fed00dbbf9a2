import { useState } from 'react';
import type { Input, Result } from '../../src/api/contract';
import { useData } from '../api/data';

type ReportMethod = 'reports.revenue' | 'reports.funnel' | 'reports.time' | 'reports.responsiveness' | 'reports.sources' | 'reports.activity';

/**
 * One report for the screen's filters. While the answer for new filters (another period, a client)
 * is on its way, the last answer stays on screen, marked stale: the section, its table and its
 * chart stay mounted and are updated in place when the answer comes, where dropping them drew the
 * whole screen again from nothing (and every chart measured and laid the page out again).
 */
export function useReport<M extends ReportMethod>(method: M, filters: Input<M>) {
  const loaded = useData(method, filters);
  const [shown, setShown] = useState<{ data: Result<M>; filters: Input<M> }>();
  // Kept during render (React's way of adjusting state to props): no frame shows the section gone.
  if (loaded.data !== undefined && loaded.data !== shown?.data) setShown({ data: loaded.data, filters });
  // A refusal for the new filters shows its error, not the figures of the filters before.
  const data = loaded.error ? undefined : (loaded.data ?? shown?.data);
  const stale = loaded.data === undefined && data !== undefined;
  // The filters of the answer shown: a folded table asks for its other rows with them.
  return { data, filters: stale ? shown!.filters : filters, stale, error: loaded.error };
}
