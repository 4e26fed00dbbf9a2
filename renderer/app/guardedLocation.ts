import { useSyncExternalStore } from 'react';
import { navigate } from 'wouter/use-hash-location';
import { confirmLeave, hasUnsavedChanges } from '../ui/unsavedChanges';

/**
 * Hash routing that asks before a page with unsaved typing is left. The page the app shows is
 * `shown`, which follows the address bar only once leaving is fine: a link or a navigate() asks
 * before the address changes; the back button has already changed it, so the address goes back
 * to the page on screen while the recruiter answers.
 */
const currentHash = () => '/' + location.hash.replace(/^#?\/?/, '');

let shown = currentHash();
const listeners = new Set<() => void>();

function show(next: string) {
  shown = next;
  for (const listener of listeners) listener();
}

addEventListener('hashchange', () => {
  const next = currentHash();
  if (next === shown) return;
  if (!hasUnsavedChanges()) return show(next);
  history.replaceState(history.state, '', `#${shown}`);
  void confirmLeave().then((ok) => ok && navigate(next));
});

type Options = Parameters<typeof navigate>[1];

function guardedNavigate(to: string, options?: Options) {
  if (to === shown || !hasUnsavedChanges()) return navigate(to, options);
  void confirmLeave().then((ok) => ok && navigate(to, options));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useGuardedHashLocation(): [string, typeof guardedNavigate] {
  return [useSyncExternalStore(subscribe, () => shown), guardedNavigate];
}
useGuardedHashLocation.hrefs = (href: string) => `#${href}`;

/** Closing the window or reloading with typed changes unsaved: the browser (and Electron's shell) asks. */
addEventListener('beforeunload', (event) => {
  if (hasUnsavedChanges()) event.preventDefault();
});
