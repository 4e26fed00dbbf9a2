import { Building2 } from 'lucide-react';
import { useEffect } from 'react';
import { useData } from '../api/data';
import { paths } from '../app/paths';
import { FollowUpsPanel } from '../followUps/FollowUpsPanel';
import { ClientJobs } from '../jobs/ClientJobs';
import { JobEditorDialog } from '../jobs/JobEditorDialog';
import { WriteMessageButton } from '../messages/WriteMessageButton';
import { ClientDetails } from './ClientDetails';
import { ClientFormDialog } from './ClientFormDialog';
import { ClientHeader } from './ClientHeader';
import { closeContactEditor, resetClientPage, setEditingClient, useClientPage } from './clientPageStore';
import { ContactFormDialog } from './ContactFormDialog';
import { ContactsSection } from './ContactsSection';
import { NotesPanel } from './NotesPanel';
import { ClientPlacements } from '../placements/ClientPlacements';
import { TagsCard } from '../lists/TagsCard';
import { MissingRecord } from '../ui/MissingRecord';

export function ClientPage({ id }: { id: string }) {
  const { data, error } = useData('clients.get', { id });
  const { editingClient, contactEditor } = useClientPage();

  // Dialogs and the note box's subject belong to this visit; leaving closes them.
  useEffect(() => resetClientPage, []);

  if (error) {
    return (
      <MissingRecord
        icon={Building2}
        title="This client is not here"
        error={error}
        gone="It may have been moved to the trash, where you can restore it."
        back={{ href: paths.clients, label: 'Back to clients' }}
      />
    );
  }
  if (!data) return <div className="page" aria-busy="true" />;

  const { client, contacts, contactTags } = data;
  const about = { kind: 'client', id: client.id, name: client.name } as const;
  return (
    <div className="page">
      <ClientHeader client={client} />
      <div className="client-layout">
        <div className="client-main">
          <ClientDetails client={client} />
          <ClientJobs client={client} />
          <ClientPlacements client={client} />
          <ContactsSection client={client} contacts={contacts} contactTags={contactTags} />
        </div>
        <div className="client-aside">
          <TagsCard kind="client" id={client.id} />
          <FollowUpsPanel about={about}>
            <WriteMessageButton about={about} />
          </FollowUpsPanel>
          <NotesPanel client={client} contacts={contacts} />
        </div>
      </div>
      {editingClient && (
        <ClientFormDialog client={client} onClose={() => setEditingClient(false)} onSaved={() => setEditingClient(false)} />
      )}
      {contactEditor && <ContactFormDialog client={client} editor={contactEditor} onClose={closeContactEditor} />}
      <JobEditorDialog />
    </div>
  );
}
