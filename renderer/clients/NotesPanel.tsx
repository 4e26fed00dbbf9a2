import type { Client, Contact } from '../../src/api/clients';
import { useData } from '../api/data';
import { NoteComposer } from './NoteComposer';
import { NotesTimeline } from './NotesTimeline';

interface NotesPanelProps {
  client: Client;
  contacts: Contact[];
}

export function NotesPanel({ client, contacts }: NotesPanelProps) {
  const { data: notes, error } = useData('notes.list', { about: { kind: 'client', id: client.id } });
  return (
    <section className="card notes" aria-labelledby="notes-heading">
      <h2 className="card-title" id="notes-heading">
        Notes {notes && <span className="count">{notes.length}</span>}
      </h2>
      <NoteComposer client={client} contacts={contacts} />
      {error ? (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      ) : (
        notes && <NotesTimeline notes={notes} contacts={contacts} />
      )}
    </section>
  );
}
