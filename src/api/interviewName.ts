/**
 * Words that already say what kind of meeting a step is: "Technical interview", "Phone screen",
 * "Panel", "Case study presentation". A step named with one of them is not followed by
 * "interview" again ("Competency interview interview").
 */
const meetingWords = /\b(interview|interviews|screen|screening|call|chat|panel|assessment|meeting|test|presentation|conversation|round|debrief|onsite|on-site)\b/i;

/** Whether a name's first word is an ordinary one ("Technical"), not an acronym or brand ("CTO", "iOS"). */
const ordinary = (name: string) => {
  const first = name.split(' ')[0]!;
  return first.slice(1) === first.slice(1).toLowerCase();
};

/**
 * What an interview at `step` is called, the one place every sentence gets it from: the
 * timeline, Today, follow-up titles, templates and the calendar. `capital` for the start of a
 * line ("Technical interview"), otherwise for the middle of a sentence ("after the technical
 * interview"); "CTO chat" stays as it was typed either way.
 */
export function interviewName(step: string | null, { capital = false }: { capital?: boolean } = {}): string {
  const trimmed = step?.trim().replace(/\s+/g, ' ') ?? '';
  const name = trimmed === '' ? 'interview' : meetingWords.test(trimmed) ? trimmed : `${trimmed} interview`;
  if (!ordinary(name)) return name;
  return (capital ? name[0]!.toUpperCase() : name[0]!.toLowerCase()) + name.slice(1);
}
