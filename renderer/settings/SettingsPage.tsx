import { Database, MonitorCog } from 'lucide-react';
import { useData } from '../api/data';
import { BackupsSection } from '../backups/BackupsSection';
import { AgencySyncSection } from '../sync/AgencySyncSection';
import { PageHeader } from '../ui/PageHeader';
import { FollowUpRulesSection } from './FollowUpRulesSection';
import { MessageTemplatesSection } from './MessageTemplatesSection';
import { ProfileSection } from './ProfileSection';
import { ReportSettingsSection } from './ReportSettingsSection';
import { SettingsCard } from './SettingsCard';
import { TagsSection } from './TagsSection';
import { WorkingTimeSection } from './WorkingTimeSection';

const countLabels: Record<string, string> = {
  clients: 'Clients',
  contacts: 'Contacts',
  jobs: 'Jobs',
  candidates: 'Candidates',
  submissions: 'Submissions',
  files: 'Files',
  notes: 'Notes',
};

export function SettingsPage() {
  const { data: info, error } = useData('app.info', {});
  return (
    <div className="page page--narrow">
      <PageHeader title="Settings" />
      {error && (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      )}
      {info && (
        <>
          <SettingsCard
            id="database-heading"
            icon={Database}
            title="Your data"
            lead="Everything lives in one file on this computer. Shortlist never needs a network."
          >
            <dl className="settings-list">
              <div>
                <dt>Database file</dt>
                <dd className="mono selectable">{info.databasePath}</dd>
              </div>
              <div>
                <dt>Schema version</dt>
                <dd>{info.schemaVersion}</dd>
              </div>
              <div>
                <dt>This device</dt>
                <dd className="mono selectable">{info.deviceId}</dd>
              </div>
            </dl>
            <ul className="stats" aria-label="Records">
              {Object.entries(info.counts).map(([table, count]) => (
                <li key={table} className="stat">
                  <span className="stat-value">{count.toLocaleString()}</span>
                  <span className="stat-label">{countLabels[table] ?? table}</span>
                </li>
              ))}
            </ul>
          </SettingsCard>
          <ProfileSection />
          <SettingsCard id="appearance-heading" icon={MonitorCog} title="Appearance">
            <p className="muted">Shortlist follows your system’s light or dark mode.</p>
          </SettingsCard>
          <BackupsSection />
          <WorkingTimeSection />
          <AgencySyncSection />
          <FollowUpRulesSection />
          <ReportSettingsSection />
          <MessageTemplatesSection />
          <TagsSection />
        </>
      )}
    </div>
  );
}
