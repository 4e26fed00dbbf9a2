import { useData } from '../api/data';
import { NotesTimeline } from '../clients/NotesTimeline';
import { NoteForm } from './NoteForm';

interface SubjectNotesProps {
  about: { kind: 'job' | 'candidate'; id: string };
  /** What a note here is usually about, in the recruiter's words. */
  placeholder: string;
}

/** A record's own notes: a box to add one, and the timeline, newest first. Append-only. */
export function SubjectNotes({ about, placeholder }: SubjectNotesProps) {
  const { data: notes, error } = useData('notes.list', { about });
  const headingId = `${about.kind}-notes-heading`;

  return (
    <section className="card notes" aria-labelledby={headingId}>
      <h2 className="card-title" id={headingId}>
        Notes {notes && <span className="count">{notes.length}</span>}
      </h2>
      <NoteForm id={`${about.kind}-note`} about={about} placeholder={placeholder} />
      {error ? (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      ) : (
        notes && <NotesTimeline notes={notes} contacts={[]} showSubject={false} />
      )}
    </section>
  );
}
