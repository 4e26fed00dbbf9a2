import type { IntakeSection } from '../../src/api/intake';

/** The intake form in the order of the meeting: each part a card, each holding some of the sections. */
export const intakeParts: { id: string; title: string; sections: IntakeSection[] }[] = [
  { id: 'meeting', title: 'The meeting', sections: [] },
  { id: 'candidate', title: 'The ideal candidate', sections: ['mustHave', 'niceToHave', 'hiringManagerWants', 'hrWants', 'idealCandidateWords'] },
  { id: 'together', title: 'Working together', sections: ['submissionTarget', 'meetingCadence'] },
  { id: 'interviews', title: 'Interview process', sections: ['interviewStages'] },
  { id: 'offer', title: 'The offer', sections: ['compensation', 'sellingPoints', 'dealBreakers'] },
  { id: 'timing', title: 'Timing', sections: ['targetDaysToHire'] },
];

export const partElementId = (id: string) => `intake-part-${id}`;
