import {
  employmentTypeLabels,
  employmentTypes,
  JobCreateInput,
  jobPriorities,
  jobPriorityLabels,
  jobStatuses,
  jobStatusLabels,
  remotePolicies,
  remotePolicyLabels,
} from '../../api/jobs';
import { createClient } from '../../clients/clients';
import type { Core } from '../../db/core';
import { nameKey } from '../../db/names';
import { statement } from '../../db/statements';
import { createJob } from '../../jobs/jobs';
import type { z } from 'zod';
import type { CheckOptions, RowKind, RowVerdict } from './check';
import { liveClientNamed } from './clientRows';
import { clientNamed, type ForClient } from './contactRows';
import { excerpt, type MappedRow } from './mapping';
import { cellProblem, isRejected, validate, type Rejected } from './reasons';
import { choice, day, invalid, parseMoney } from './values';

/** What other tools and the spreadsheets' languages call a job's status, contract and way of working. */
const statusWords = {
  open: ['active', 'accepting candidates', 'ouvert', 'offen', 'abierto', 'aberto', 'aperto', 'actief'],
  on_hold: ['paused', 'en attente', 'pausiert', 'en pausa', 'em espera', 'in attesa', 'in de wacht'],
  filled: ['placed', 'pourvu', 'besetzt', 'cubierto', 'preenchido', 'coperto', 'vervuld'],
  cancelled: ['canceled', 'closed', 'lost', 'annulé', 'abgesagt', 'cancelado', 'annullato', 'geannuleerd'],
};
const contractWords = {
  permanent: ['perm', 'full time', 'cdi', 'festanstellung', 'unbefristet', 'indefinido', 'efetivo', 'tempo indeterminato', 'vast'],
  contract: ['temporary', 'temp', 'freelance', 'cdd', 'befristet', 'temporal', 'temporário', 'tempo determinato', 'tijdelijk', 'interim'],
  contract_to_hire: ['temp to perm', 'contract to perm'],
};
const remoteWords = {
  onsite: ['on site', 'office', 'sur site', 'présentiel', 'vor ort', 'presencial', 'in sede', 'op kantoor'],
  hybrid: ['hybride', 'híbrido', 'ibrido'],
  remote: ['full remote', 'télétravail', 'homeoffice', 'remoto', 'thuiswerken'],
};

/** The job form without its client: a CSV names the client, and the import finds it. */
const JobFields = JobCreateInput.omit({ clientId: true });

/**
 * A job row: the job form's rules, and a client named by its name. A client not on file becomes
 * a new client (a prospect) unless the recruiter said not to, as for contacts. A live job with
 * the same title at the same client is a duplicate.
 */
export const jobRows: RowKind<ForClient<z.output<typeof JobFields>>> = { read: readJob, settle: settleJob };

function readJob(row: MappedRow): ForClient<z.output<typeof JobFields>> | Rejected {
  const company = row.text('client').trim();
  const problems = company === '' ? [cellProblem(row, 'client', 'Enter the client the job is for')] : [];
  const salary = salaryOf(row, problems);
  const openingsText = row.text('openings').trim();
  const openings = openingsText === '' ? undefined : /^\d+$/.test(openingsText) ? Number(openingsText) : openingsText;
  const input = {
    title: row.text('title'),
    status: choice(row.text('status'), jobStatuses, jobStatusLabels, statusWords),
    openings,
    location: row.joined('location'),
    remotePolicy: choice(row.text('remotePolicy'), remotePolicies, remotePolicyLabels, remoteWords) ?? null,
    employmentType: choice(row.text('employmentType'), employmentTypes, employmentTypeLabels, contractWords),
    salary,
    priority: choice(row.text('priority'), jobPriorities, jobPriorityLabels),
    openedOn: row.text('openedOn').trim() === '' ? undefined : day(row.text('openedOn').trim()),
    targetFillOn: day(row.text('targetFillOn').trim()) || null,
    owner: row.text('owner'),
  };
  const job = validate(JobFields, input, row, problems);
  if (isRejected(job)) return job;
  return { fields: job, company, newClient: clientNamed(row, company) };
}

function settleJob(core: Core, checked: ForClient<z.output<typeof JobFields>>, options: CheckOptions): RowVerdict {
  const { fields: job, company, newClient } = checked;
  const client = liveClientNamed(core, company);
  if (client) {
    const existing = sameJob(core, client.id, job.title);
    if (existing) {
      return { status: 'duplicate', reason: `Already on file at ${client.name} as “${existing.name}”`, existing };
    }
    return { status: 'new', newClient: null, write: () => ({ kind: 'job', id: createJob(core, { ...job, clientId: client.id }).id }) };
  }
  if (!options.createMissingClients) {
    return { status: 'rejected', reason: `There is no client called “${excerpt(company)}”: import your clients first, or let the import add new ones.` };
  }
  if (isRejected(newClient)) return newClient;
  return {
    status: 'new',
    newClient: newClient.name,
    write: () => ({ kind: 'job', id: createJob(core, { ...job, clientId: createClient(core, newClient).id }).id }),
  };
}

/**
 * The salary range: one cell ("60,000–80,000 EUR", "€60k - €80k", "70000 GBP", which is both
 * ends), or a column for each end; the currency from the amounts or a column of its own.
 */
function salaryOf(row: MappedRow, problems: string[]) {
  const range = row.text('salary').trim();
  let [min, max]: (number | null)[] = [null, null];
  let currency: string | undefined;
  if (range !== '') {
    const ends = range.split(/\s*[–—-]\s*|\s+(?:to|bis|à|a|até|tot)\s+/i).filter((end) => end !== '');
    const parsed = ends.map((end) => parseMoney(end));
    if (ends.length > 2 || parsed.some((end) => end === invalid || end === null)) {
      problems.push(cellProblem(row, 'salary', 'Use a range like 60000-80000 EUR'));
      return null;
    }
    const amounts = parsed as { amount: number; currency: string | undefined }[];
    [min, max] = [amounts[0]!.amount, amounts.at(-1)!.amount];
    currency = amounts.find((end) => end.currency)?.currency;
  } else {
    for (const [field, set] of [['salary.min', (n: number) => (min = n)], ['salary.max', (n: number) => (max = n)]] as const) {
      const text = row.text(field).trim();
      if (text === '') continue;
      const money = parseMoney(text);
      if (money === invalid || money === null) problems.push(cellProblem(row, field, 'Use an amount like 60000'));
      else {
        set(money.amount);
        currency ??= money.currency;
      }
    }
  }
  if (min === null && max === null) return null;
  return { min, max, currency: currency ?? (row.text('salary.currency').trim().toUpperCase() || undefined) };
}

function sameJob(core: Core, clientId: string, title: string): { id: string; name: string } | undefined {
  const jobs = statement(core.db, 'SELECT id, title FROM jobs WHERE client_id = ? AND deleted_at IS NULL').all(clientId) as {
    id: string;
    title: string;
  }[];
  const found = jobs.find((j) => nameKey(j.title) === nameKey(title));
  return found && { id: found.id, name: found.title };
}
