import { useEffect, useRef } from 'react';
import { Router, useLocation } from 'wouter';
import { QuickSwitcher } from '../search/QuickSwitcher';
import { TrashQuestion } from '../trash/confirmTrash';
import { Toasts } from '../ui/Toasts';
import { UnsavedChangesPrompt } from '../ui/UnsavedChangesPrompt';
import { AppRoutes } from './AppRoutes';
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

  // Every page shares one scrolling pane: a new page starts at its top, not where the last one was.
  useEffect(() => {
    main.current?.scrollTo(0, 0);
  }, [location]);

  return (
    <div className="shell">
      <Sidebar />
      <main className="main" ref={main}>
        <AppRoutes />
      </main>
      <Toasts />
      {/* Ctrl/⌘K from any page. */}
      <QuickSwitcher />
      <UnsavedChangesPrompt />
      <TrashQuestion />
    </div>
  );
}
