import { lazy, type ComponentType } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A page whose code loads when it is first shown: the window starts with Today's code alone (the
 * reports' charts, the CSV import and the rest are most of the bundle), and `preloadPages` fetches
 * the others once it has painted, so going to them later waits for nothing.
 */
function page<P>(load: () => Promise<ComponentType<P>>) {
  let loaded: { default: ComponentType<P> } | undefined;
  const loadOnce = async () => (loaded ??= { default: await load() });
  loaders.push(loadOnce);
  // Once loaded, a thenable that answers at once: React's lazy reads it before suspending, where a
  // promise answers a tick later and the page would wait for Suspense's next reveal (300 ms).
  return lazy(() => (loaded ? ({ then: (resolve: (page: typeof loaded) => void) => resolve(loaded) } as unknown as Promise<typeof loaded>) : loadOnce()));
}

/** Loads every page's code while the recruiter reads Today, so later visits show at once. */
export function preloadPages(): void {
  for (const load of loaders) void load();
}

export const CandidatePage = page(() => import('../candidates/CandidatePage').then((m) => m.CandidatePage));
export const CandidatesPage = page(() => import('../candidates/CandidatesPage').then((m) => m.CandidatesPage));
export const ClientPage = page(() => import('../clients/ClientPage').then((m) => m.ClientPage));
export const ClientsPage = page(() => import('../clients/ClientsPage').then((m) => m.ClientsPage));
export const ContactRedirect = page(() => import('../clients/ContactRedirect').then((m) => m.ContactRedirect));
export const CsvImportPage = page(() => import('../csv/CsvImportPage').then((m) => m.CsvImportPage));
export const IntakePage = page(() => import('../intake/IntakePage').then((m) => m.IntakePage));
export const BriefPage = page(() => import('../jobs/brief/BriefPage').then((m) => m.BriefPage));
export const JobPage = page(() => import('../jobs/JobPage').then((m) => m.JobPage));
export const JobsPage = page(() => import('../jobs/JobsPage').then((m) => m.JobsPage));
export const PlacementsPage = page(() => import('../placements/PlacementsPage').then((m) => m.PlacementsPage));
export const ReportsPage = page(() => import('../reports/ReportsPage').then((m) => m.ReportsPage));
export const SettingsPage = page(() => import('../settings/SettingsPage').then((m) => m.SettingsPage));
export const ShortlistPage = page(() => import('../shortlists/ShortlistPage').then((m) => m.ShortlistPage));
export const ConflictsPage = page(() => import('../sharing/ConflictsPage').then((m) => m.ConflictsPage));
export const DuplicatesPage = page(() => import('../sharing/DuplicatesPage').then((m) => m.DuplicatesPage));
export const SharingPage = page(() => import('../sharing/SharingPage').then((m) => m.SharingPage));
export const PipelinePage = page(() => import('../submissions/PipelinePage').then((m) => m.PipelinePage));
export const ProfilePage = page(() => import('../submissions/ProfilePage').then((m) => m.ProfilePage));
export const SubmissionPage = page(() => import('../submissions/SubmissionPage').then((m) => m.SubmissionPage));
export const TrashPage = page(() => import('../trash/TrashPage').then((m) => m.TrashPage));
