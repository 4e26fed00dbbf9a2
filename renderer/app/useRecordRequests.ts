import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { recordPath } from './paths';

/** The desktop app asks the page to open a record, e.g. the one behind a clicked notification; the browser never does. */
export function useRecordRequests(): void {
  const [, navigate] = useLocation();
  useEffect(() => window.shortlist?.onOpen((record) => navigate(recordPath(record))), [navigate]);
}
