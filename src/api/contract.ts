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
  FallOffInput,
  InvoicePaidInput,
  InvoiceRaiseInput,
  PlacementIdInput,
  PlacementListInput,
  PlacementUpdateInput,
  type Placement,
  type PlacementList,
} from './placements';
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
  ReminderUnsnoozeInput,
  WorkingTimeInput,
  type DueAlerts,
  type Reminder,
  type RuleSetting,
  type SnoozeChoice,
  type Today,
  type WorkingTime,
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
 * Where a method runs. A `read` never writes, so it is answered from a read connection (a snapshot
 * of the last commit) even while the one writer is busy; a `write` goes to the writer. Long work
 * (`task`, named for the recruiter) is listed while it runs, reports progress and may be cancelled.
 */
export type Access = 'read' | 'write';
interface Options {
  /** Long work, as the recruiter sees it in the list of running tasks: "Merging an export". */
  task?: string;
}
const entry = <A extends Access, I extends z.ZodType, R>(access: A, input: I, result: R, options: Options = {}) => ({
  access,
  input,
  result,
  task: options.task,
});
const read = <I extends z.ZodType, R>(input: I, result: R, options?: Options) => entry('read', input, result, options);
const write = <I extends z.ZodType, R>(input: I, result: R, options?: Options) => entry('write', input, result, options);

/**
 * Every call the UI (or a script) can make of the core: its input schema, checked at run time
 * by the dispatcher, and its result type, checked at compile time on both sides.
 */
export const contract = {
  'app.info': read(NoInput, returns<AppInfo>()),
  /** Answered by the desktop shell itself (it needs the window); the core refuses it. */
  'desktop.savePdf': read(SavePdfInput, returns<SavedPdf>()),
  /** Answered by the desktop shell: a save or open dialog for an export or a CSV. */
  'desktop.chooseFile': read(ChooseFileInput, returns<ChosenFile>()),

  'clients.list': read(ClientListInput, returns<Page<ClientSummary>>()),
  'clients.get': read(IdInput, returns<ClientDetail>()),
  'clients.create': write(ClientCreateInput, returns<Client>()),
  'clients.update': write(ClientUpdateInput, returns<Client>()),
  'clients.delete': write(IdInput, returns<Ok>()),

  'contacts.get': read(IdInput, returns<Contact>()),
  'contacts.create': write(ContactCreateInput, returns<Contact>()),
  'contacts.update': write(ContactUpdateInput, returns<Contact>()),
  'contacts.delete': write(IdInput, returns<Ok>()),

  'jobs.list': read(JobListInput, returns<Page<JobSummary>>()),
  'jobs.get': read(IdInput, returns<JobDetail>()),
  'jobs.create': write(JobCreateInput, returns<Job>()),
  'jobs.update': write(JobUpdateInput, returns<Job>()),
  'jobs.delete': write(IdInput, returns<Ok>()),
  'jobs.brief': read(IdInput, returns<JobBrief>()),

  'intake.save': write(IntakeSaveInput, returns<IntakeRevision>()),
  'intake.history': read(IntakeHistoryInput, returns<IntakeRevision[]>()),

  'candidates.list': read(CandidateListInput, returns<Page<CandidateSummary>>()),
  'candidates.get': read(IdInput, returns<CandidateDetail>()),
  'candidates.create': write(CandidateCreateInput, returns<Candidate>()),
  'candidates.update': write(CandidateUpdateInput, returns<Candidate>()),
  'candidates.delete': write(IdInput, returns<Ok>()),
  'candidates.duplicates': read(DuplicateCheckInput, returns<DuplicateMatch[]>()),
  /** Moves everything of dropId to keepId and sends dropId to the trash; the merge travels with exports. */
  'candidates.merge': write(CandidateMergeInput, returns<Candidate>()),
  /** The right to be forgotten: removes the candidate and all that hangs off them, for good, on every laptop. */
  'candidates.erase': write(IdInput, returns<ErasureSummary>()),

  'files.attach': write(FileAttachInput, returns<CandidateFile>()),
  'files.delete': write(IdInput, returns<Ok>()),
  /** Answered by the desktop shell: opens the file's copy with the system's viewer. */
  'desktop.openFile': read(IdInput, returns<Ok>()),

  'submissions.create': write(SubmissionCreateInput, returns<Submission>()),
  'submissions.get': read(IdInput, returns<SubmissionDetail>()),
  'submissions.move': write(SubmissionMoveInput, returns<Submission>()),
  'submissions.board': read(z.strictObject({ jobId: IdInput.shape.id }), returns<Board>()),
  'submissions.profile': read(ProfileInput, returns<SubmittalProfile>()),

  'interviews.schedule': write(InterviewScheduleInput, returns<Interview>()),
  'interviews.update': write(InterviewUpdateInput, returns<Interview>()),

  'feedback.add': write(FeedbackAddInput, returns<Feedback>()),

  /** Standing placements (their submission at placed), filtered, with their sums per currency. */
  'placements.list': read(PlacementListInput, returns<PlacementList>()),
  'placements.get': read(PlacementIdInput, returns<Placement>()),
  /** The fee as agreed (with why it differs from the terms) and its split between recruiters. */
  'placements.update': write(PlacementUpdateInput, returns<Placement>()),
  'placements.raiseInvoice': write(InvoiceRaiseInput, returns<Placement>()),
  'placements.markPaid': write(InvoicePaidInput, returns<Placement>()),
  'placements.fallOff': write(FallOffInput, returns<Placement>()),
  'placements.export': read(PlacementListInput, returns<TextFile>()),

  'search.query': read(SearchInput, returns<SearchResult[]>()),

  'notes.list': read(NoteListInput, returns<Note[]>()),
  'notes.add': write(NoteAddInput, returns<Note>()),

  'reminders.today': write(NoInput, returns<Today>()),
  'reminders.count': read(NoInput, returns<{ due: number }>()),
  'reminders.list': write(ReminderListInput, returns<Reminder[]>()),
  'reminders.get': read(ReminderIdInput, returns<Reminder>()),
  'reminders.create': write(ReminderCreateInput, returns<Reminder>()),
  'reminders.update': write(ReminderUpdateInput, returns<Reminder>()),
  'reminders.complete': write(ReminderIdInput, returns<{ done: Reminder; next: Reminder | null }>()),
  'reminders.dismiss': write(ReminderIdInput, returns<Reminder>()),
  'reminders.reopen': write(ReminderIdInput, returns<Reminder>()),
  'reminders.snooze': write(ReminderSnoozeInput, returns<Reminder>()),
  'reminders.snoozeChoices': read(ReminderIdInput, returns<SnoozeChoice[]>()),
  'reminders.unsnooze': write(ReminderUnsnoozeInput, returns<Reminder>()),
  /** For the desktop shell's notifier: what fell due and has not been notified on this laptop. */
  'reminders.alerts': write(NoInput, returns<DueAlerts>()),
  'reminders.rules': read(NoInput, returns<RuleSetting[]>()),
  'reminders.saveRules': write(RulesSaveInput, returns<RuleSetting[]>()),
  'workingTime.get': read(NoInput, returns<WorkingTime>()),
  'workingTime.save': write(WorkingTimeInput, returns<WorkingTime>()),
  'calendar.export': read(CalendarExportInput, returns<TextFile>()),

  'templates.list': read(NoInput, returns<MessageTemplate[]>()),
  'templates.save': write(TemplateSaveInput, returns<MessageTemplate>()),
  'templates.reset': write(TemplateResetInput, returns<MessageTemplate>()),
  'templates.render': read(TemplateRenderInput, returns<RenderedMessage>()),

  /** How a CSV file will be read and what importing it would do with its first rows; writes nothing. */
  'csv.preview': read(CsvFileInput, returns<CsvPreview>()),
  /** Starts importing a CSV file in the background; follow it with csv.progress. */
  'csv.import': write(CsvFileInput, returns<CsvImportStarted>()),
  'csv.progress': read(CsvProgressInput, returns<CsvImportProgress>()),
  'csv.cancel': write(CsvJobInput, returns<Ok>()),
  'csv.export': read(CsvExportInput, returns<TextFile>()),

  'sharing.exportTo': write(ExportInput, returns<ExportSummary>()),
  /** What importing the export would add, change, delete and conflict on; writes nothing. */
  'sharing.preview': write(ImportInput, returns<ImportSummary>()),
  'sharing.import': write(ImportInput, returns<ImportSummary>()),
  'conflicts.list': read(NoInput, returns<Conflict[]>()),
  'conflicts.resolve': write(ConflictResolveInput, returns<Ok>()),
  'duplicates.list': read(NoInput, returns<LikelyDuplicate[]>()),
  /** "Not the same person": the pair leaves duplicates.list, here and on every laptop the choice reaches. */
  'duplicates.dismiss': write(DuplicateDismissInput, returns<Ok>()),

  'trash.list': read(NoInput, returns<TrashItem[]>()),
  'trash.restore': write(TrashRestoreInput, returns<Ok>()),
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
