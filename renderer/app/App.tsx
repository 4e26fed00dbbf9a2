import { Suspense, useEffect, useRef } from 'react';
import { Router, useLocation } from 'wouter';
import { onceCallsSettle } from '../api/client';
import { QuickSwitcher } from '../search/QuickSwitcher';
import { TrashQuestion } from '../trash/confirmTrash';
import { Toasts } from '../ui/Toasts';
import { UnsavedChangesPrompt } from '../ui/UnsavedChangesPrompt';
import { AppRoutes } from './AppRoutes';
import { preloadPages } from './pages';
import { useGuardedHashLocation } from './guardedLocation';
import { Sidebar } from './Sidebar';
import { useMenuCommands } from './useMenuCommands';
import { useRecordRequests } from './useRecordRequests';

/**
 * Hash routing: the desktop app loads its pages from files, where there are no paths to serve.
 * Leaving a page with unsaved typing asks first.
 */
export function App() {
  return (
    <Router hook={useGuardedHashLocation}>
      <Shell />
    </Router>
  );
}

function Shell() {
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  useRecordRequests();
  useMenuCommands();
  // Once the first page has its data and the window is idle, the other pages' code loads.
  useEffect(() => {
    let idle = 0;
    const stop = onceCallsSettle(() => (idle = requestIdleCallback(preloadPages, { timeout: 3000 })));
    return () => {
      stop();
      cancelIdleCallback(idle);
    };
  }, []);

  // Every page shares one scrolling pane: a new page starts at its top, not where the last one was.
  useEffect(() => {
    main.current?.scrollTo(0, 0);
  }, [location]);

  return (
    <div className="shell">
      <Sidebar />
      <main className="main" ref={main}>
        {/* A page's code loads on its first visit (pages.ts): nothing to show for those few milliseconds. */}
        <Suspense fallback={null}>
          <AppRoutes />
        </Suspense>
      </main>
      <Toasts />
      {/* Ctrl/⌘K from any page. */}
      <QuickSwitcher />
      <UnsavedChangesPrompt />
      <TrashQuestion />
    </div>
  );
}
