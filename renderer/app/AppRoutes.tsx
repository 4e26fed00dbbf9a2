import { Redirect, Route, Switch } from 'wouter';
import { TodayPage } from '../today/TodayPage';
import {
  BriefPage,
  CandidatePage,
  CandidatesPage,
  ClientPage,
  ClientsPage,
  ConflictsPage,
  ContactRedirect,
  CsvImportPage,
  DuplicatesPage,
  IntakePage,
  JobPage,
  JobsPage,
  PipelinePage,
  PlacementsPage,
  ProfilePage,
  ReportsPage,
  SettingsPage,
  SharingPage,
  ShortlistPage,
  SubmissionPage,
  TrashPage,
} from './pages';
import { paths } from './paths';

export function AppRoutes() {
  return (
    <Switch>
      <Route path={paths.today} component={TodayPage} />
      <Route path={paths.clients} component={ClientsPage} />
      <Route path="/clients/:id">{({ id }) => <ClientPage key={id} id={id} />}</Route>
      <Route path="/contacts/:id">{({ id }) => <ContactRedirect key={id} id={id} />}</Route>
      <Route path={paths.jobs} component={JobsPage} />
      <Route path="/jobs/:id/intake">{({ id }) => <IntakePage key={id} id={id} />}</Route>
      <Route path="/jobs/:id/brief">{({ id }) => <BriefPage key={id} id={id} />}</Route>
      <Route path="/jobs/:id/pipeline">{({ id }) => <PipelinePage key={id} jobId={id} />}</Route>
      <Route path="/jobs/:id">{({ id }) => <JobPage key={id} id={id} />}</Route>
      <Route path={paths.candidates} component={CandidatesPage} />
      <Route path="/candidates/:id">{({ id }) => <CandidatePage key={id} id={id} />}</Route>
      <Route path="/shortlists/:id">{({ id }) => <ShortlistPage key={id} id={id} />}</Route>
      <Route path="/submissions/:id/profile">{({ id }) => <ProfilePage key={id} id={id} />}</Route>
      <Route path="/submissions/:id">{({ id }) => <SubmissionPage key={id} id={id} />}</Route>
      <Route path="/import/csv/:kind?">{({ kind }) => <CsvImportPage kind={kind} />}</Route>
      <Route path={paths.sharing} component={SharingPage} />
      <Route path={paths.sharingConflicts} component={ConflictsPage} />
      <Route path={paths.sharingDuplicates} component={DuplicatesPage} />
      <Route path={paths.placements} component={PlacementsPage} />
      <Route path={paths.reports} component={ReportsPage} />
      <Route path={paths.trash} component={TrashPage} />
      <Route path={paths.settings} component={SettingsPage} />
      {/* Today is home: what is late, what is due, what is coming. */}
      <Route>
        <Redirect to={paths.today} replace />
      </Route>
    </Switch>
  );
}
