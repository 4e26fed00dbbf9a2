import type { EditedProfile } from './profileDraft';

/** The profile as it goes out: plain paper, only what the recruiter kept. Shown when printing. */
export function ProfileDocument({ profile }: { profile: EditedProfile }) {
  return (
    <article className="brief-paper profile-print" aria-label="Submittal profile, as printed">
      <header className="brief-head">
        <h1 className="brief-title profile-print-headline">{profile.headline}</h1>
        <p className="brief-subtitle">Candidate profile</p>
      </header>
      {profile.sections.map((section) => (
        <section key={section.heading} className="brief-section">
          <h2 className="brief-heading">{section.heading}</h2>
          <p className="prose">{section.text}</p>
        </section>
      ))}
    </article>
  );
}
