import { Redirect, Route, Switch } from 'wouter';
import { CandidatesPage } from '../candidates/CandidatesPage';
import { ClientPage } from '../clients/ClientPage';
import { ClientsPage } from '../clients/ClientsPage';
import { IntakePage } from '../intake/IntakePage';
import { BriefPage } from '../jobs/brief/BriefPage';
import { JobPage } from '../jobs/JobPage';
import { JobsPage } from '../jobs/JobsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { TodayPage } from '../today/TodayPage';
import { TrashPage } from '../trash/TrashPage';
import { paths } from './paths';

export function AppRoutes() {
  return (
    <Switch>
      <Route path={paths.today} component={TodayPage} />
      <Route path={paths.clients} component={ClientsPage} />
      <Route path="/clients/:id">{({ id }) => <ClientPage key={id} id={id} />}</Route>
      <Route path={paths.jobs} component={JobsPage} />
      <Route path="/jobs/:id/intake">{({ id }) => <IntakePage key={id} id={id} />}</Route>
      <Route path="/jobs/:id/brief">{({ id }) => <BriefPage key={id} id={id} />}</Route>
      <Route path="/jobs/:id">{({ id }) => <JobPage key={id} id={id} />}</Route>
      <Route path={paths.candidates} component={CandidatesPage} />
      <Route path={paths.trash} component={TrashPage} />
      <Route path={paths.settings} component={SettingsPage} />
      {/* Clients is where the work is until Today has follow-ups to show. */}
      <Route>
        <Redirect to={paths.clients} replace />
      </Route>
    </Switch>
  );
}
