import type { SubmittalProfile } from '../../../src/api/submissions';

/**
 * What the recruiter changed in the core's draft. Kept apart from the draft itself, so turning
 * contact details on or off (a fresh draft from the core) keeps every edit made so far.
 */
export interface ProfileEdits {
  headline: string | null;
  /** Edited section texts, by heading. */
  texts: Record<string, string>;
  /** Headings of the sections taken out. */
  removed: string[];
}

export const noEdits: ProfileEdits = { headline: null, texts: {}, removed: [] };

export interface EditedProfile {
  headline: string;
  sections: { heading: string; text: string; edited: boolean }[];
  removed: string[];
}

export function applyEdits(profile: SubmittalProfile, edits: ProfileEdits): EditedProfile {
  return {
    headline: edits.headline ?? profile.headline,
    sections: profile.sections
      .filter((s) => !edits.removed.includes(s.heading))
      .map((s) => ({ heading: s.heading, text: edits.texts[s.heading] ?? s.text, edited: s.heading in edits.texts })),
    removed: profile.sections.filter((s) => edits.removed.includes(s.heading)).map((s) => s.heading),
  };
}

export const isEdited = (edits: ProfileEdits) =>
  edits.headline !== null || Object.keys(edits.texts).length > 0 || edits.removed.length > 0;

/** The edited profile as plain text, laid out as the core lays out its own: ready to paste into an email. */
export function profileText(profile: EditedProfile): string {
  return [profile.headline.trim(), ...profile.sections.map((s) => `\n${s.heading.toUpperCase()}\n${s.text.trim()}`)].join('\n');
}
