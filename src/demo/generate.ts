import { contract, type Method, type ParsedInput } from '../api/contract';
import { addCandidate } from '../candidates/candidates';
import { attachFile } from '../candidates/files';
import { createClient } from '../clients/clients';
import { createContact } from '../clients/contacts';
import type { Core } from '../db/core';
import { saveIntake } from '../jobs/intake';
import { createJob } from '../jobs/jobs';
import { addNote } from '../notes/notes';
import { proposeFollowUps } from '../reminders/proposals/run';
import { completeReminder, createReminder } from '../reminders/reminders';
import { dayIn, plusDays } from '../reminders/time';
import { catchUpSearchIndex } from '../search/searchIndex';
import { addFeedback } from '../submissions/feedback';
import { createSubmission, moveSubmission } from '../submissions/submissions';
import type { Random } from './random';
import * as words from './words';

export interface DemoSize {
  candidates: number;
}

export interface Progress {
  phase: string;
  done: number;
  total: number;
}

/** The demo's clock: the data set spans the two years before `end`, one record after another. */
export class DemoClock {
  private millis: number;
  constructor(readonly end: number) {
    this.millis = end - 730 * 86_400_000;
  }
  now(): Date {
    return new Date(this.millis);
  }
  /** Moves time on to `fraction` of the way through the two years (never backwards). */
  reach(fraction: number): void {
    this.millis = Math.max(this.millis + 1, this.end - (1 - fraction) * 730 * 86_400_000);
  }
}

const parse = <M extends Method>(method: M, input: unknown) => contract[method].input.parse(input) as ParsedInput<M>;

/** Everything in batches of one transaction each: fast, and a crash leaves whole batches. */
const BATCH = 5000;

/**
 * A realistic data set through the app's own services, so it obeys every rule the app does:
 * clients with their hiring managers and HR, jobs with intake, candidates with screening,
 * notes and resumes, and submissions with their history and the client's feedback.
 */
export async function generateDemo(
  core: Core,
  clock: DemoClock,
  random: Random,
  size: DemoSize,
  report: (progress: Progress) => void,
): Promise<void> {
  const clientCount = Math.max(3, Math.round(size.candidates / 500));
  const jobs: { id: string; clientContacts: string[] }[] = [];
  core.db.transaction(() => {
    for (let c = 0; c < clientCount; c++) {
      const base = words.companies[c % words.companies.length]!;
      const name = c < words.companies.length ? base : `${base} ${Math.floor(c / words.companies.length) + 1}`;
      const fields = {
        name,
        industry: random.pick(words.industries),
        location: random.pick(words.cities),
        status: random.pick(['prospect', 'active', 'active', 'dormant']),
        fee: { type: 'percentage', percent: random.pick([18, 20, 22, 25]) },
        guaranteeDays: random.pick([60, 90, 90, 180]),
      } as const;
      // The country follows the city, drawing nothing: the same seed still makes the same demo.
      const client = createClient(core, parse('clients.create', { ...fields, country: words.cityCountries[fields.location] }));
      const person = () => `${random.pick(words.firstNames)} ${random.pick(words.lastNames)}`;
      const manager = createContact(core, parse('contacts.create', { clientId: client.id, name: person(), role: 'hiring_manager', jobTitle: 'Head of Engineering', lastContactedOn: demoDay(clock, random.int(700, 729)) }));
      const hr = createContact(core, parse('contacts.create', { clientId: client.id, name: person(), role: 'hr', jobTitle: 'HR Business Partner', lastContactedOn: demoDay(clock, random.int(700, 729)) }));
      for (let j = 0; j < 3; j++) {
        const job = createJob(
          core,
          parse('jobs.create', {
            clientId: client.id,
            title: random.pick(words.titles),
            location: random.pick(words.cities),
            remotePolicy: random.pick(['onsite', 'hybrid', 'remote']),
            priority: random.pick(['low', 'normal', 'normal', 'high', 'urgent']),
            openings: random.int(1, 3),
            salary: { min: 50_000 + random.int(0, 40) * 1000, max: 100_000 + random.int(0, 40) * 1000, currency: 'EUR' },
            hiringManagerId: manager.id,
            hrContactId: hr.id,
          }),
        );
        saveIntake(
          core,
          parse('intake.save', {
            jobId: job.id,
            attendeeIds: [manager.id, hr.id],
            mustHave: random.some(words.skills, 2, 4),
            niceToHave: random.some(words.skills, 1, 3),
            submissionTarget: { count: random.int(3, 6), byDate: random.chance(0.3) ? demoDay(clock, random.int(700, 740)) : null },
            meetingCadence: random.chance(0.4) ? { timesPerWeek: random.int(1, 2), days: [] } : null,
            interviewStages: [
              { name: 'Phone screen', interviewerIds: [hr.id] },
              { name: 'Technical interview', interviewerIds: [manager.id] },
              { name: 'Final', interviewerIds: [manager.id, hr.id] },
            ],
            urgency: random.pick(['low', 'normal', 'high', 'critical']),
          }),
        );
        jobs.push({ id: job.id, clientContacts: [manager.id, hr.id] });
      }
    }
    catchUpSearchIndex(core);
  })();
  report({ phase: 'clients and jobs', done: clientCount, total: clientCount });

  const followed: { id: string; name: string }[] = [];
  // The first job gets exactly 500 submissions: the board the benchmark scrolls.
  const bigBoard = Math.min(500, size.candidates);
  for (let start = 0; start < size.candidates; start += BATCH) {
    core.db.transaction(() => {
      for (let i = start; i < Math.min(start + BATCH, size.candidates); i++) {
        clock.reach(i / size.candidates);
        const candidate = addDemoCandidate(core, random, i, i < bigBoard ? jobs[0]! : random.chance(0.25) ? random.pick(jobs) : null);
        if (random.chance(0.01)) followed.push(candidate);
      }
      catchUpSearchIndex(core);
    })();
    report({ phase: 'candidates', done: Math.min(start + BATCH, size.candidates), total: size.candidates });
  }
  core.db.transaction(() => addFollowUps(core, clock, random, followed))();
  report({ phase: 'follow-ups', done: followed.length, total: followed.length });
  await core.background.settled();
}

/** A day `days` into the demo's two years (730 is its last day). */
function demoDay(clock: DemoClock, days: number): string {
  return plusDays(dayIn(new Date(clock.end - 730 * 86_400_000), 'UTC'), days);
}

const followUps = [
  { title: 'Call {name} about their notice period', kind: 'call' },
  { title: 'Send {name} the interview prep pack', kind: 'email' },
  { title: 'Coffee with {name}', kind: 'meeting' },
  { title: 'Check in with {name}', kind: 'check_in' },
] as const;

/**
 * The recruiter's own follow-ups around the end of the data set (the late ones done, mostly),
 * a few repeating, then the ones Shortlist proposes from the data as it stands on the last day.
 */
function addFollowUps(core: Core, clock: DemoClock, random: Random, candidates: { id: string; name: string }[]): void {
  for (const candidate of candidates) {
    const { title, kind } = random.pick(followUps);
    const reminder = createReminder(
      core,
      parse('reminders.create', {
        title: title.replace('{name}', candidate.name),
        // The demo tells a story that began weeks ago: some follow-ups are late on purpose.
        confirmPast: true,
        kind,
        about: { kind: 'candidate', id: candidate.id },
        dueOn: demoDay(clock, random.int(716, 744)),
        dueTime: random.chance(0.3) ? random.pick(['09:30', '11:00', '14:00', '16:30']) : null,
        repeat: random.chance(0.05) ? { every: 'weeks', days: [random.pick(['mon', 'wed', 'fri'] as const)] } : null,
        timeZone: 'UTC',
      }),
    );
    if (reminder.dueOn < demoDay(clock, 728) && random.chance(0.8)) completeReminder(core, reminder.id);
  }
  proposeFollowUps(core);
}

function addDemoCandidate(core: Core, random: Random, i: number, job: { id: string; clientContacts: string[] } | null): { id: string; name: string } {
  const first = random.pick(words.firstNames);
  const last = random.pick(words.lastNames);
  // A middle initial, as CVs often give one: without it, 50 first names and 40 last names at 25
  // employers would make most of 100,000 candidates look like someone else entered twice.
  const name = `${first} ${String.fromCharCode(65 + random.int(0, 25))}. ${last}`;
  const skills = random.some(words.skills, 2, 6);
  const [location, title, employer] = [random.pick(words.cities), random.pick(words.titles), random.pick(words.companies)];
  // Checked by the create form's schema; written as a CSV import writes a new candidate (no duplicate check, no read back).
  const id = addCandidate(
    core,
    parse('candidates.create', {
      name,
      emails: [`${first}.${last}.${i}@example.com`.normalize('NFD').replace(/[^\w.@]/g, '').toLowerCase()],
      phones: [`+44 7700 ${String(100000 + i).slice(-6)}`],
      location,
      currentTitle: title,
      currentEmployer: employer,
      skills,
      source: random.pick(words.sources),
      salaryExpectation: { amount: 45_000 + random.int(0, 80) * 1000, currency: 'EUR' },
      availability: random.pick(['Immediately', '1 month notice', '2 months notice', '3 months notice']),
      consent: { basis: random.pick(['consent', 'legitimate_interest']), on: core.clock.now().toISOString().slice(0, 10) },
      screening: { whyLooking: random.pick(words.reasons), salary: 'Open to discuss' },
    }),
  );
  if (random.chance(0.3)) {
    addNote(core, parse('notes.add', { about: { kind: 'candidate', id }, body: `Screened by phone. ${random.pick(words.reasons)}.` }));
  }
  if (random.chance(0.25)) {
    const resume = `${name}\n${title} at ${employer}\nSkills: ${skills.join(', ')}\nExperience in ${random.pick(words.industries)}; based in ${location}.`;
    attachFile(core, parse('files.attach', { candidateId: id, name: `${first}-${last}-resume.txt`, mimeType: 'text/plain', dataBase64: Buffer.from(resume).toString('base64') }));
  }
  if (job) addSubmission(core, random, id, job);
  return { id, name };
}

const road = ['submitted', 'client_reviewing', 'interviewing', 'offer'] as const;

function addSubmission(core: Core, random: Random, candidateId: string, job: { id: string; clientContacts: string[] }): void {
  const submission = createSubmission(core, parse('submissions.create', { candidateId, jobId: job.id }));
  const steps = random.int(0, road.length);
  for (const stage of road.slice(0, steps)) moveSubmission(core, parse('submissions.move', { id: submission.id, stage }));
  if (steps >= 2 && random.chance(0.6)) {
    addFeedback(
      core,
      parse('feedback.add', {
        submissionId: submission.id,
        contactId: job.clientContacts[0],
        sentiment: random.pick(['positive', 'mixed', 'negative']),
        concerns: random.chance(0.5) ? [random.pick(words.concerns)] : [],
        text: 'Discussed on the weekly call.',
      }),
    );
  }
  if (steps === road.length && random.chance(0.3)) {
    moveSubmission(core, parse('submissions.move', { id: submission.id, stage: 'placed', placement: { startOn: '2027-01-04', salary: { amount: 85_000, currency: 'EUR' } } }));
  } else if (random.chance(0.2)) {
    moveSubmission(core, parse('submissions.move', { id: submission.id, stage: 'rejected', reason: random.pick(words.concerns) }));
  }
}
