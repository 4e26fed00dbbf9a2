import { RotateCcw, X } from 'lucide-react';
import type { EditedProfile } from './profileDraft';

interface ProfileEditorProps {
  profile: EditedProfile;
  onHeadline: (text: string) => void;
  onText: (heading: string, text: string) => void;
  onRemove: (heading: string) => void;
  onRestore: (heading: string) => void;
}

/** The profile on its sheet of paper, every line editable where it stands: what you see is what is sent. */
export function ProfileEditor({ profile, onHeadline, onText, onRemove, onRestore }: ProfileEditorProps) {
  return (
    <article className="brief-paper profile-paper" aria-label="Submittal profile">
      <header className="brief-head">
        <label className="sr-only" htmlFor="profile-headline">
          Headline
        </label>
        <textarea
          id="profile-headline"
          className="profile-edit profile-headline"
          rows={1}
          value={profile.headline}
          spellCheck
          onChange={(e) => onHeadline(e.target.value)}
        />
        <p className="brief-subtitle">Candidate profile</p>
      </header>
      {profile.sections.map((section) => {
        const id = `profile-${section.heading.toLowerCase().replace(/\W+/g, '-')}`;
        return (
          <section key={section.heading} className="brief-section profile-section" aria-labelledby={`${id}-heading`}>
            <div className="profile-section-head">
              <h2 className="brief-heading" id={`${id}-heading`}>
                {section.heading}
              </h2>
              {section.edited && <span className="profile-edited">Edited</span>}
              <button
                type="button"
                className="icon-button profile-remove"
                aria-label={`Remove ${section.heading}`}
                title="Leave this section out"
                onClick={() => onRemove(section.heading)}
              >
                <X size={14} aria-hidden />
              </button>
            </div>
            <textarea
              id={id}
              className="profile-edit profile-text"
              aria-labelledby={`${id}-heading`}
              rows={1}
              value={section.text}
              spellCheck
              onChange={(e) => onText(section.heading, e.target.value)}
            />
          </section>
        );
      })}
      {profile.removed.length > 0 && (
        <footer className="profile-removed">
          <span className="muted">Left out:</span>
          {profile.removed.map((heading) => (
            <button key={heading} type="button" className="profile-restore" onClick={() => onRestore(heading)} aria-label={`Put back ${heading}`}>
              <RotateCcw size={12} aria-hidden />
              {heading}
            </button>
          ))}
        </footer>
      )}
    </article>
  );
}
