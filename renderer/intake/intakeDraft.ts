import {
  intakeSections,
  isSectionFilled,
  type IntakeRevision,
  type IntakeSaveInput,
  type IntakeSection,
  type Urgency,
  type Weekday,
} from '../../src/api/intake';
import type { Job } from '../../src/api/jobs';
import { todayDay } from '../ui/dates';

export interface StageDraft {
  /** Stable across moves, so React keeps each stage's inputs (and focus) with it. */
  key: number;
  name: string;
  interviewerIds: string[];
  interviewersNote: string;
}

/** The intake as the form holds it: text as typed, lists as lists. */
export interface IntakeDraft {
  heldOn: string;
  attendeeIds: string[];
  mustHave: string[];
  niceToHave: string[];
  hiringManagerWants: string;
  hrWants: string;
  idealCandidateWords: string[];
  submissionCount: string;
  submissionBy: string;
  cadenceTimes: string;
  cadenceDays: Weekday[];
  interviewStages: StageDraft[];
  compensation: string;
  sellingPoints: string;
  dealBreakers: string;
  urgency: string;
  targetDaysToHire: string;
  reason: string;
}

let nextStageKey = 1;

export function newStage(from?: Partial<Omit<StageDraft, 'key'>>): StageDraft {
  return { key: nextStageKey++, name: '', interviewerIds: [], interviewersNote: '', ...from };
}

const text = (value: string | null) => value ?? '';
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/**
 * A revision starts from the current intake and is dated today: it records the day the
 * requirements changed. A first intake starts with the job's hiring manager and HR contact present.
 */
export function intakeDraft(job: Job, current: IntakeRevision | null): IntakeDraft {
  if (!current) {
    return {
      ...emptyDraft(),
      attendeeIds: [job.hiringManagerId, job.hrContactId].filter((id): id is string => id !== null),
    };
  }
  return {
    heldOn: todayDay(),
    attendeeIds: current.attendees.map((a) => a.id),
    mustHave: current.mustHave,
    niceToHave: current.niceToHave,
    hiringManagerWants: text(current.hiringManagerWants),
    hrWants: text(current.hrWants),
    idealCandidateWords: current.idealCandidateWords,
    submissionCount: numberText(current.submissionTarget?.count),
    submissionBy: text(current.submissionTarget?.byDate ?? null),
    cadenceTimes: numberText(current.meetingCadence?.timesPerWeek),
    cadenceDays: current.meetingCadence?.days ?? [],
    interviewStages: current.interviewStages.map((s) =>
      newStage({ name: s.name, interviewerIds: s.interviewerIds, interviewersNote: text(s.interviewersNote) }),
    ),
    compensation: text(current.compensation),
    sellingPoints: text(current.sellingPoints),
    dealBreakers: text(current.dealBreakers),
    urgency: current.urgency ?? '',
    targetDaysToHire: numberText(current.targetDaysToHire),
    reason: '',
  };
}

function emptyDraft(): IntakeDraft {
  return {
    heldOn: todayDay(),
    attendeeIds: [],
    mustHave: [],
    niceToHave: [],
    hiringManagerWants: '',
    hrWants: '',
    idealCandidateWords: [],
    submissionCount: '',
    submissionBy: '',
    cadenceTimes: '',
    cadenceDays: [],
    interviewStages: [],
    compensation: '',
    sellingPoints: '',
    dealBreakers: '',
    urgency: '',
    targetDaysToHire: '',
    reason: '',
  };
}

/** A blank box is not a number: NaN lets the schema say what is missing, in its own words. */
const amount = (value: string) => (value.trim() === '' ? NaN : Number(value));
const optionalAmount = (value: string) => (value.trim() === '' ? null : Number(value));

/** The intake as the contract takes it. A section left wholly blank is "not agreed", never an error. */
export function intakeInput(jobId: string, draft: IntakeDraft): IntakeSaveInput {
  const hasTarget = draft.submissionCount.trim() !== '' || draft.submissionBy !== '';
  const hasCadence = draft.cadenceTimes.trim() !== '' || draft.cadenceDays.length > 0;
  return {
    jobId,
    heldOn: draft.heldOn,
    attendeeIds: draft.attendeeIds,
    reason: draft.reason,
    mustHave: draft.mustHave,
    niceToHave: draft.niceToHave,
    hiringManagerWants: draft.hiringManagerWants,
    hrWants: draft.hrWants,
    idealCandidateWords: draft.idealCandidateWords,
    submissionTarget: hasTarget ? { count: amount(draft.submissionCount), byDate: draft.submissionBy } : null,
    meetingCadence: hasCadence
      ? {
          // Days ticked without a number mean once on each of them.
          timesPerWeek: draft.cadenceTimes.trim() === '' ? draft.cadenceDays.length : amount(draft.cadenceTimes),
          days: draft.cadenceDays,
        }
      : null,
    interviewStages: draft.interviewStages.map((s) => ({
      name: s.name,
      interviewerIds: s.interviewerIds,
      interviewersNote: s.interviewersNote,
    })),
    compensation: draft.compensation,
    sellingPoints: draft.sellingPoints,
    dealBreakers: draft.dealBreakers,
    urgency: (draft.urgency || null) as Urgency | null,
    targetDaysToHire: optionalAmount(draft.targetDaysToHire),
  };
}

/** Which sections hold something, by the core's own rule for completeness. */
export function filledSections(input: IntakeSaveInput): Set<IntakeSection> {
  return new Set(intakeSections.filter((section) => isSectionFilled(input[section])));
}
