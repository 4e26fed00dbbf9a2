import { z } from 'zod';
import type { AppInfo, Health } from './app';
import { BackupCreateInput, BackupNameInput, type BackupInfo, type RestoreResult } from './backups';
import { TaskIdInput, type TaskInfo } from './tasks';
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
import { RecruiterProfileInput, type RecruiterProfile } from './recruiterProfile';
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
import { JobCloseInput, type ClosingPlan, type JobClosed } from './jobClosing';
import { JobCreateInput, JobListInput, JobUpdateInput, type Job, type JobDetail, type JobSummary } from './jobs';
import { NoteAddInput, NoteEditInput, NoteListInput, type Note, type NoteRevision } from './notes';
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
  ReportExportInput,
  ReportInput,
  ReportRecordsInput,
  ReportRowsInput,
  ReportSettingsInput,
  type FunnelAnswer,
  type Reports,
  type ReportRecord,
  type ReportRows,
  type ResponsivenessAnswer,
  type ReportSettings,
} from './reports';
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
  RemindersCloseManyInput,
  RemindersRestoreInput,
  RemindersSnoozeManyInput,
  WorkingTimeInput,
  type DueAlerts,
  type ManyChanged,
  type Reminder,
  type RuleSetting,
  type SnoozeChoice,
  type Today,
  type WorkingTime,
} from './reminders';
import { RecentOpenInput, SearchInput, type SearchResult } from './search';
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
import {
  SyncBeginInput,
  SyncLackedInput,
  SyncMergeInput,
  SyncOutgoingInput,
  SyncPasswordInput,
  SyncPauseInput,
  SyncRecordInput,
  SyncSentInput,
  SyncSettingsInput,
  type Blobs,
  type SyncBegun,
  type SyncMerged,
  type SyncOutgoing,
  type SyncStatus,
  type SyncSummary,
} from './sync';
import { DependentsInput, TrashRestoreInput, type Dependents, type TrashItem } from './trash';
import {
  BulkFollowUpInput,
  BulkNoteInput,
  BulkOwnerInput,
  BulkShortlistInput,
  BulkSubmitInput,
  BulkTagInput,
  SelectionInput,
  UndoInput,
  type BulkSummary,
} from './bulk';
import { SavedSearchSaveInput, type SavedSearch } from './savedSearches';
import {
  ShortlistCreateInput,
  ShortlistEntryInput,
  ShortlistEntryNoteInput,
  ShortlistListInput,
  ShortlistMoveInput,
  ShortlistRenameInput,
  ShortlistsOfInput,
  ShortlistSubmitInput,
  type Shortlist,
  type ShortlistSummary,
} from './shortlists';
import { TagRenameInput, TagsOfInput, TagsSetInput, TagSuggestInput, type TagUse } from './tags';

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
  /** A task that checks for cancellation where stopping leaves nothing half-done. */
  cancellable?: boolean;
  /** Reads the follow-ups the rules propose: the host brings them up to date first, unless long work holds the writer. */
  proposals?: boolean;
}
const entry = <A extends Access, I extends z.ZodType, R>(access: A, input: I, result: R, options: Options = {}) => ({
  access,
  input,
  result,
  task: options.task,
  cancellable: options.cancellable ?? false,
  proposals: options.proposals ?? false,
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
  /** Whether a job's openings are all placed, and who else is on it (asked after each placement). */
  'jobs.closingPlan': read(IdInput, returns<ClosingPlan>()),
  'jobs.close': write(JobCloseInput, returns<JobClosed>()),

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

  /** Reports, worked out from the recorded history for a period and filters; each figure names its records. */
  'reports.revenue': read(ReportInput, returns<Reports['revenue']>()),
  /** The funnel with the first rows of its tables per client and per job (reports.rows gives every row). */
  'reports.funnel': read(ReportInput, returns<FunnelAnswer>()),
  'reports.time': read(ReportInput, returns<Reports['time']>()),
  /** Responsiveness with the first rows of its tables per client and per hiring manager. */
  'reports.responsiveness': read(ReportInput, returns<ResponsivenessAnswer>()),
  'reports.sources': read(ReportInput, returns<Reports['sources']>()),
  'reports.activity': read(ReportInput, returns<Reports['activity']>()),
  /** The records behind one figure, by the key the report gave it. */
  'reports.records': read(ReportRecordsInput, returns<ReportRecord[]>()),
  /** Every row of one of a report's long tables, in the report's order: a folded table opened. */
  'reports.rows': read(ReportRowsInput, returns<ReportRows>()),
  'reports.export': read(ReportExportInput, returns<TextFile>()),
  /** Every submission stuck (the time report lists the longest-waiting), whatever the period: a CSV. */
  'reports.exportStuck': read(ReportInput, returns<TextFile>()),
  'reports.settings': read(NoInput, returns<ReportSettings>()),
  'reports.saveSettings': write(ReportSettingsInput, returns<ReportSettings>()),

  'search.query': read(SearchInput, returns<SearchResult[]>()),
  /** The records opened last on this laptop, the latest first (at most 8; never exported). */
  'recents.list': read(NoInput, returns<SearchResult[]>()),
  /** A record was opened: it goes to the top of the recent ones. */
  'recents.open': write(RecentOpenInput, returns<Ok>()),

  'notes.list': read(NoteListInput, returns<Note[]>()),
  'notes.add': write(NoteAddInput, returns<Note>()),
  'notes.edit': write(NoteEditInput, returns<Note>()),
  'notes.history': read(IdInput, returns<NoteRevision[]>()),

  'reminders.today': read(NoInput, returns<Today>(), { proposals: true }),
  'reminders.count': read(NoInput, returns<{ due: number }>(), { proposals: true }),
  'reminders.list': read(ReminderListInput, returns<Reminder[]>(), { proposals: true }),
  'reminders.get': read(ReminderIdInput, returns<Reminder>()),
  'reminders.create': write(ReminderCreateInput, returns<Reminder>()),
  'reminders.update': write(ReminderUpdateInput, returns<Reminder>()),
  'reminders.complete': write(ReminderIdInput, returns<{ done: Reminder; next: Reminder | null }>()),
  'reminders.dismiss': write(ReminderIdInput, returns<Reminder>()),
  'reminders.reopen': write(ReminderIdInput, returns<Reminder>()),
  'reminders.snooze': write(ReminderSnoozeInput, returns<Reminder>()),
  'reminders.snoozeChoices': read(ReminderIdInput, returns<SnoozeChoice[]>()),
  'reminders.unsnooze': write(ReminderUnsnoozeInput, returns<Reminder>()),
  'reminders.closeMany': write(RemindersCloseManyInput, returns<ManyChanged>()),
  'reminders.snoozeMany': write(RemindersSnoozeManyInput, returns<ManyChanged>()),
  'reminders.restoreMany': write(RemindersRestoreInput, returns<ManyChanged>()),
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
  'recruiterProfile.get': read(NoInput, returns<RecruiterProfile>()),
  'recruiterProfile.save': write(RecruiterProfileInput, returns<RecruiterProfile>()),

  /** How a CSV file will be read and what importing it would do with its first rows; writes nothing. */
  'csv.preview': read(CsvFileInput, returns<CsvPreview>()),
  /** Starts importing a CSV file in the background; follow it with csv.progress. */
  'csv.import': write(CsvFileInput, returns<CsvImportStarted>()),
  /** A write only because the import's progress lives beside the writer that runs it. */
  'csv.progress': write(CsvProgressInput, returns<CsvImportProgress>()),
  'csv.cancel': write(CsvJobInput, returns<Ok>()),
  'csv.export': read(CsvExportInput, returns<TextFile>(), { task: 'Exporting to CSV' }),

  'sharing.exportTo': read(ExportInput, returns<ExportSummary>(), { task: 'Exporting for a colleague' }),
  /** What importing the export would add, change, delete and conflict on; writes nothing. */
  'sharing.preview': write(ImportInput, returns<ImportSummary>(), { task: 'Reading a colleague’s export', cancellable: true }),
  'sharing.import': write(ImportInput, returns<ImportSummary>(), { task: 'Merging a colleague’s export', cancellable: true }),
  'conflicts.list': read(NoInput, returns<Conflict[]>()),
  'conflicts.resolve': write(ConflictResolveInput, returns<Ok>()),
  'duplicates.list': read(NoInput, returns<LikelyDuplicate[]>()),
  /** "Not the same person": the pair leaves duplicates.list, here and on every laptop the choice reaches. */
  'duplicates.dismiss': write(DuplicateDismissInput, returns<Ok>()),

  /** Answered by the host (it needs the network): one sync round with the agency server now. */
  'sync.now': write(NoInput, returns<SyncSummary>(), { task: 'Syncing with the agency server' }),
  'sync.status': read(NoInput, returns<SyncStatus>()),
  /** The agency server's address and this recruiter's user; the password is kept in the system's keychain by the host. */
  'sync.configure': write(SyncSettingsInput, returns<SyncStatus>()),
  'sync.pause': write(SyncPauseInput, returns<SyncStatus>()),
  /** Answered by the desktop shell: keeps the agency sync password in the system's keychain, never in the database. */
  'desktop.keepSyncPassword': read(SyncPasswordInput, returns<Ok>()),
  /** The steps of a round (src/sync/round.ts), called by the host between its network steps. */
  'sync.begin': write(SyncBeginInput, returns<SyncBegun>()),
  'sync.outgoing': write(SyncOutgoingInput, returns<SyncOutgoing>()),
  'sync.sent': write(SyncSentInput, returns<{ waiting: number }>()),
  'sync.lacked': read(SyncLackedInput, returns<string[]>()),
  'sync.blobs': read(SyncLackedInput, returns<Blobs>()),
  'sync.merge': write(SyncMergeInput, returns<SyncMerged>(), { task: 'Syncing with the agency server' }),
  'sync.record': write(SyncRecordInput, returns<SyncStatus>()),

  /** Answered by the host that runs the core: long work running now or ended in the last minute. */
  'tasks.list': read(NoInput, returns<TaskInfo[]>()),
  /** Answered by the host: asks a cancellable task to stop; it rolls back whole. */
  'tasks.cancel': write(TaskIdInput, returns<Ok>()),
  /** Answered by the host: whether the database is being checked after a crash, or found damaged. */
  'app.health': read(NoInput, returns<Health>()),

  'backups.list': read(NoInput, returns<BackupInfo[]>()),
  'backups.create': read(BackupCreateInput, returns<BackupInfo>(), { task: 'Backing up your data' }),
  /** Answered by the host: puts a backup in the database's place, keeping the current one aside. */
  'backups.restore': write(BackupNameInput, returns<RestoreResult>(), { task: 'Restoring a backup' }),
  /** Where an attached file's copy is on disk, for the desktop shell and the preview to hand it over. */
  'files.locate': read(IdInput, returns<{ path: string; name: string }>()),

  'trash.list': read(NoInput, returns<TrashItem[]>()),
  'trash.restore': write(TrashRestoreInput, returns<Ok>()),
  /** The live work that hangs on a record (open jobs, live submissions, upcoming interviews), asked before it goes to the trash. */
  'trash.dependents': read(DependentsInput, returns<Dependents>()),
  'tags.of': read(TagsOfInput, returns<string[]>()),
  'tags.set': write(TagsSetInput, returns<string[]>()),
  /** Completion as the recruiter types a tag: those in use, most used first. */
  'tags.suggest': read(TagSuggestInput, returns<TagUse[]>()),
  'tags.list': read(NoInput, returns<TagUse[]>()),
  /** Renaming to a tag in use merges the two. */
  'tags.rename': write(TagRenameInput, returns<{ renamed: number }>(), { task: 'Renaming a tag', cancellable: true }),

  'shortlists.list': read(ShortlistListInput, returns<ShortlistSummary[]>()),
  'shortlists.get': read(IdInput, returns<Shortlist>()),
  'shortlists.create': write(ShortlistCreateInput, returns<ShortlistSummary>()),
  'shortlists.rename': write(ShortlistRenameInput, returns<ShortlistSummary>()),
  'shortlists.delete': write(IdInput, returns<Ok>()),
  'shortlists.move': write(ShortlistMoveInput, returns<Ok>()),
  'shortlists.note': write(ShortlistEntryNoteInput, returns<Ok>()),
  'shortlists.remove': write(ShortlistEntryInput, returns<Ok>()),
  'shortlists.of': read(ShortlistsOfInput, returns<ShortlistSummary[]>()),
  /** Each candidate on it becomes a submission; those already on the job are skipped and named. */
  'shortlists.submit': write(ShortlistSubmitInput, returns<BulkSummary>(), { task: 'Submitting a shortlist', cancellable: true }),

  /** How many records a selection holds (everything matching a search is counted, never listed). */
  'selection.count': read(SelectionInput, returns<{ count: number }>()),
  'bulk.tag': write(BulkTagInput, returns<BulkSummary>(), { task: 'Tagging', cancellable: true }),
  'bulk.untag': write(BulkTagInput, returns<BulkSummary>(), { task: 'Untagging', cancellable: true }),
  'bulk.addToShortlist': write(BulkShortlistInput, returns<BulkSummary>(), { task: 'Adding to a shortlist', cancellable: true }),
  'bulk.removeFromShortlist': write(BulkShortlistInput, returns<BulkSummary>(), { task: 'Taking off a shortlist', cancellable: true }),
  'bulk.submit': write(BulkSubmitInput, returns<BulkSummary>(), { task: 'Submitting to a job', cancellable: true }),
  /** A note, or a call or email logged, on each selected record. */
  'bulk.note': write(BulkNoteInput, returns<BulkSummary>(), { task: 'Adding notes', cancellable: true }),
  'bulk.followUp': write(BulkFollowUpInput, returns<BulkSummary>(), { task: 'Creating follow-ups', cancellable: true }),
  'bulk.setOwner': write(BulkOwnerInput, returns<BulkSummary>(), { task: 'Changing the owner', cancellable: true }),
  'bulk.trash': write(SelectionInput, returns<BulkSummary>(), { task: 'Moving to the trash', cancellable: true }),
  'bulk.exportCsv': read(SelectionInput, returns<TextFile>(), { task: 'Exporting to CSV' }),
  /** Reverses exactly what one bulk action did (its summary's `undo` token). */
  'bulk.undo': write(UndoInput, returns<BulkSummary>(), { task: 'Undoing', cancellable: true }),

  /** This laptop's saved searches, each with its live count. */
  'savedSearches.list': read(NoInput, returns<SavedSearch[]>()),
  'savedSearches.save': write(SavedSearchSaveInput, returns<SavedSearch>()),
  'savedSearches.delete': write(IdInput, returns<Ok>()),
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
