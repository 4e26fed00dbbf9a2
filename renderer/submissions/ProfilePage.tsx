import { ChevronLeft, Copy, FileDown, FileUser, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { useData } from '../api/data';
import { paths } from '../app/paths';
import { isDesktop } from '../jobs/brief/briefActions';
import { Button } from '../ui/Button';
import { copyProfile, saveProfileAsPdf } from './profile/profileActions';
import { ProfileDocument } from './profile/ProfileDocument';
import { applyEdits, isEdited, noEdits, profileText, type ProfileEdits } from './profile/profileDraft';
import { ProfileEditor } from './profile/ProfileEditor';
import { MissingRecord } from '../ui/MissingRecord';
import { useUnsavedChanges } from '../ui/unsavedChanges';

/**
 * The one-page summary for the hiring manager: the core drafts it, the recruiter reviews and
 * edits it, then copies it into an email or saves it as a PDF. Contact details stay out unless
 * the recruiter puts them in: the client should come through the agency.
 */
export function ProfilePage({ id }: { id: string }) {
  const [includeContactDetails, setIncludeContactDetails] = useState(false);
  const [edits, setEdits] = useState<ProfileEdits>(noEdits);
  // Edits live only here until copied or saved as a PDF: leaving before that asks.
  const [used, setUsed] = useState(false);
  useUnsavedChanges(isEdited(edits) && !used, () => document.querySelector('.profile-page'));
  const { data: profile, error, loading } = useData('submissions.profile', { id, includeContactDetails });
  // While the other version loads, the one on screen stays, so the paper does not blink.
  const [shown, setShown] = useState(profile);
  if (profile && profile !== shown) setShown(profile);

  if (error) {
    return (
      <MissingRecord
        icon={FileUser}
        title="This submission is not here"
        error={error}
        gone="Its candidate or job may have been moved to the trash."
        back={{ href: paths.jobs, label: 'Back to jobs' }}
      />
    );
  }
  if (!shown) return <div className="page" aria-busy="true" />;

  const edited = applyEdits(shown, edits);
  const change = (next: Partial<ProfileEdits>) => {
    setEdits((e) => ({ ...e, ...next }));
    setUsed(false);
  };

  return (
    <div className="page brief-page profile-page">
      <h1 className="sr-only">Submittal profile for {shown.candidateName}</h1>
      <div className="brief-toolbar profile-toolbar">
        <Link href={paths.submission(id)} className="back-link">
          <ChevronLeft size={15} aria-hidden />
          Back to the submission
        </Link>
        <p className="muted brief-toolbar-hint">Review and edit it before it goes to the hiring manager.</p>
      </div>
      <div className="profile-controls">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={includeContactDetails}
            aria-busy={loading}
            onChange={(e) => setIncludeContactDetails(e.target.checked)}
          />
          <span className="switch-track" aria-hidden>
            <span className="switch-thumb" />
          </span>
          Include contact details
        </label>
        <div className="page-actions">
          {isEdited(edits) && (
            <Button variant="ghost" icon={Undo2} onClick={() => setEdits(noEdits)}>
              Undo my edits
            </Button>
          )}
          <Button icon={Copy} onClick={() => {
              setUsed(true);
              void copyProfile(profileText(edited));
            }}>
            Copy as text
          </Button>
          <Button
            variant="primary"
            icon={FileDown}
            onClick={() => {
              setUsed(true);
              void saveProfileAsPdf(shown.candidateName);
            }}
            title={isDesktop() ? undefined : 'Opens the print dialog: choose “Save as PDF” as the printer.'}
          >
            Save as PDF
          </Button>
        </div>
      </div>
      <ProfileEditor
        profile={edited}
        onHeadline={(headline) => change({ headline })}
        onText={(heading, text) => change({ texts: { ...edits.texts, [heading]: text } })}
        onRemove={(heading) => change({ removed: [...edits.removed, heading] })}
        onRestore={(heading) => change({ removed: edits.removed.filter((h) => h !== heading) })}
      />
      <ProfileDocument profile={edited} />
    </div>
  );
}
