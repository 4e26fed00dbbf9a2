import { z } from 'zod';
import type { AppInfo } from './app';
import { ChooseFileInput, SavePdfInput, type ChosenFile, type SavedPdf } from './desktop';
import {
  ClientCreateInput,
  ClientListInput,
  ClientUpdateInput,
  ContactCreateInput,
  ContactUpdateInput,
  type Client,
  type ClientDetail,
  type ClientSummary,
  type Contact,
} from './clients';
import {
  CandidateCreateInput,
  CandidateListInput,
  CandidateUpdateInput,
  DuplicateCheckInput,
  FileAttachInput,
  type Candidate,
  type CandidateDetail,
  type CandidateFile,
  type CandidateSummary,
  type DuplicateMatch,
} from './candidates';
import { IdInput, type Ok, type Page, type TextFile } from './common';
import {
  CsvExportInput,
  CsvFileInput,
  CsvJobInput,
  CsvProgressInput,
  type CsvImportProgress,
  type CsvImportStarted,
  type CsvPreview,
} from './csv';
import { IntakeHistoryInput, IntakeSaveInput, type IntakeRevision, type JobBrief } from './intake';
import { JobCreateInput, JobListInput, JobUpdateInput, type Job, type JobDetail, type JobSummary } from './jobs';
import { NoteAddInput, NoteListInput, type Note } from './notes';
import {
  FeedbackAddInput,
  InterviewScheduleInput,
  InterviewUpdateInput,
  ProfileInput,
  SubmissionCreateInput,
  SubmissionMoveInput,
  type Board,
  type Feedback,
  type Interview,
  type Submission,
  type SubmissionDetail,
  type SubmittalProfile,
} from './submissions';
import {
  CalendarExportInput,
  ReminderCreateInput,
  ReminderIdInput,
  ReminderListInput,
  ReminderSnoozeInput,
  ReminderUpdateInput,
  RulesSaveInput,
  type DueAlerts,
  type Reminder,
  type RuleSetting,
  type Today,
} from './reminders';
import { SearchInput, type SearchResult } from './search';
import {
  CandidateMergeInput,
  ConflictResolveInput,
  DuplicateDismissInput,
  ExportInput,
  ImportInput,
  type Conflict,
  type ErasureSummary,
  type ExportSummary,
  type ImportSummary,
  type LikelyDuplicate,
} from './sharing';
import {
  TemplateRenderInput,
  TemplateResetInput,
  TemplateSaveInput,
  type MessageTemplate,
  type RenderedMessage,
} from './templates';
import { TrashRestoreInput, type TrashItem } from './trash';

/** Carries a result type through the map without a run-time value. */
const returns = <R>() => undefined as unknown as R;

const NoInput = z.strictObject({}).default({});

/**
 * Every call the UI (or a script) can make of the core: its input schema, checked at run time
 * by the dispatcher, and its result type, checked at compile time on both sides.
 */
export const contract = {
  'app.info': { input: NoInput, result: returns<AppInfo>() },
  /** Answered by the desktop shell itself (it needs the window); the core refuses it. */
  'desktop.savePdf': { input: SavePdfInput, result: returns<SavedPdf>() },
  /** Answered by the desktop shell: a save or open dialog for an export or a CSV. */
  'desktop.chooseFile': { input: ChooseFileInput, result: returns<ChosenFile>() },

  'clients.list': { input: ClientListInput, result: returns<Page<ClientSummary>>() },
  'clients.get': { input: IdInput, result: returns<ClientDetail>() },
  'clients.create': { input: ClientCreateInput, result: returns<Client>() },
  'clients.update': { input: ClientUpdateInput, result: returns<Client>() },
  'clients.delete': { input: IdInput, result: returns<Ok>() },

  'contacts.get': { input: IdInput, result: returns<Contact>() },
  'contacts.create': { input: ContactCreateInput, result: returns<Contact>() },
  'contacts.update': { input: ContactUpdateInput, result: returns<Contact>() },
  'contacts.delete': { input: IdInput, result: returns<Ok>() },

  'jobs.list': { input: JobListInput, result: returns<Page<JobSummary>>() },
  'jobs.get': { input: IdInput, result: returns<JobDetail>() },
  'jobs.create': { input: JobCreateInput, result: returns<Job>() },
  'jobs.update': { input: JobUpdateInput, result: returns<Job>() },
  'jobs.delete': { input: IdInput, result: returns<Ok>() },
  'jobs.brief': { input: IdInput, result: returns<JobBrief>() },

  'intake.save': { input: IntakeSaveInput, result: returns<IntakeRevision>() },
  'intake.history': { input: IntakeHistoryInput, result: returns<IntakeRevision[]>() },

  'candidates.list': { input: CandidateListInput, result: returns<Page<CandidateSummary>>() },
  'candidates.get': { input: IdInput, result: returns<CandidateDetail>() },
  'candidates.create': { input: CandidateCreateInput, result: returns<Candidate>() },
  'candidates.update': { input: CandidateUpdateInput, result: returns<Candidate>() },
  'candidates.delete': { input: IdInput, result: returns<Ok>() },
  'candidates.duplicates': { input: DuplicateCheckInput, result: returns<DuplicateMatch[]>() },
  /** Moves everything of dropId to keepId and sends dropId to the trash; the merge travels with exports. */
  'candidates.merge': { input: CandidateMergeInput, result: returns<Candidate>() },
  /** The right to be forgotten: removes the candidate and all that hangs off them, for good, on every laptop. */
  'candidates.erase': { input: IdInput, result: returns<ErasureSummary>() },

  'files.attach': { input: FileAttachInput, result: returns<CandidateFile>() },
  'files.delete': { input: IdInput, result: returns<Ok>() },
  /** Answered by the desktop shell: opens the file's copy with the system's viewer. */
  'desktop.openFile': { input: IdInput, result: returns<Ok>() },

  'submissions.create': { input: SubmissionCreateInput, result: returns<Submission>() },
  'submissions.get': { input: IdInput, result: returns<SubmissionDetail>() },
  'submissions.move': { input: SubmissionMoveInput, result: returns<Submission>() },
  'submissions.board': { input: z.strictObject({ jobId: IdInput.shape.id }), result: returns<Board>() },
  'submissions.profile': { input: ProfileInput, result: returns<SubmittalProfile>() },

  'interviews.schedule': { input: InterviewScheduleInput, result: returns<Interview>() },
  'interviews.update': { input: InterviewUpdateInput, result: returns<Interview>() },

  'feedback.add': { input: FeedbackAddInput, result: returns<Feedback>() },

  'search.query': { input: SearchInput, result: returns<SearchResult[]>() },

  'notes.list': { input: NoteListInput, result: returns<Note[]>() },
  'notes.add': { input: NoteAddInput, result: returns<Note>() },

  'reminders.today': { input: NoInput, result: returns<Today>() },
  'reminders.count': { input: NoInput, result: returns<{ due: number }>() },
  'reminders.list': { input: ReminderListInput, result: returns<Reminder[]>() },
  'reminders.get': { input: ReminderIdInput, result: returns<Reminder>() },
  'reminders.create': { input: ReminderCreateInput, result: returns<Reminder>() },
  'reminders.update': { input: ReminderUpdateInput, result: returns<Reminder>() },
  'reminders.complete': { input: ReminderIdInput, result: returns<{ done: Reminder; next: Reminder | null }>() },
  'reminders.dismiss': { input: ReminderIdInput, result: returns<Reminder>() },
  'reminders.reopen': { input: ReminderIdInput, result: returns<Reminder>() },
  'reminders.snooze': { input: ReminderSnoozeInput, result: returns<Reminder>() },
  /** For the desktop shell's notifier: what fell due and has not been notified on this laptop. */
  'reminders.alerts': { input: NoInput, result: returns<DueAlerts>() },
  'reminders.rules': { input: NoInput, result: returns<RuleSetting[]>() },
  'reminders.saveRules': { input: RulesSaveInput, result: returns<RuleSetting[]>() },
  'calendar.export': { input: CalendarExportInput, result: returns<TextFile>() },

  'templates.list': { input: NoInput, result: returns<MessageTemplate[]>() },
  'templates.save': { input: TemplateSaveInput, result: returns<MessageTemplate>() },
  'templates.reset': { input: TemplateResetInput, result: returns<MessageTemplate>() },
  'templates.render': { input: TemplateRenderInput, result: returns<RenderedMessage>() },

  /** How a CSV file will be read and what importing it would do with its first rows; writes nothing. */
  'csv.preview': { input: CsvFileInput, result: returns<CsvPreview>() },
  /** Starts importing a CSV file in the background; follow it with csv.progress. */
  'csv.import': { input: CsvFileInput, result: returns<CsvImportStarted>() },
  'csv.progress': { input: CsvProgressInput, result: returns<CsvImportProgress>() },
  'csv.cancel': { input: CsvJobInput, result: returns<Ok>() },
  'csv.export': { input: CsvExportInput, result: returns<TextFile>() },

  'sharing.exportTo': { input: ExportInput, result: returns<ExportSummary>() },
  /** What importing the export would add, change, delete and conflict on; writes nothing. */
  'sharing.preview': { input: ImportInput, result: returns<ImportSummary>() },
  'sharing.import': { input: ImportInput, result: returns<ImportSummary>() },
  'conflicts.list': { input: NoInput, result: returns<Conflict[]>() },
  'conflicts.resolve': { input: ConflictResolveInput, result: returns<Ok>() },
  'duplicates.list': { input: NoInput, result: returns<LikelyDuplicate[]>() },
  /** "Not the same person": the pair leaves duplicates.list, here and on every laptop the choice reaches. */
  'duplicates.dismiss': { input: DuplicateDismissInput, result: returns<Ok>() },

  'trash.list': { input: NoInput, result: returns<TrashItem[]>() },
  'trash.restore': { input: TrashRestoreInput, result: returns<Ok>() },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller may pass (defaults may be left out). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Result<M extends Method> = Contract[M]['result'];

export const methods = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

/** The one function a UI needs: both the IPC bridge and the HTTP client implement it. */
export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Result<M>>;
