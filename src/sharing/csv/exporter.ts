import { consentBasisLabels, type Candidate } from '../../api/candidates';
import type { Client, Contact } from '../../api/clients';
import type { ParsedInput } from '../../api/contract';
import { csvRecord, csvTargetLabel, type CsvField } from '../../api/csv';
import type { Taggable } from '../../api/tags';
import type { TextFile } from '../../api/common';
import { candidateListQueries, catchUpIndexForQuery } from '../../candidates/candidateList';
import { candidatesById } from '../../candidates/candidates';
import { clientListQueries } from '../../clients/clientList';
import { getClient } from '../../clients/clients';
import { listContacts } from '../../clients/contacts';
import type { Core } from '../../db/core';
import { encodeCursor, type keysetQueries } from '../../db/keyset';
import type { SqlValue } from '../../db/records';
import { statement } from '../../db/statements';
import { tagsOf } from '../../tags/tags';
import { joinList } from './cells';
import { countryName } from './countries';
import { formatAmount } from './values';

/** A cell of each record under its header: a field's, or the record's tags. */
type Column<T> = [CsvField | 'tags', (record: T) => string | null];

/** The record's tags in one cell, "a; b", read back as tags by the import (its Tags header maps there). */
const tagsColumn = <T extends { id: string }>(core: Core, kind: Taggable): Column<T> => ['tags', (record) => joinList(tagsOf(core, kind, record.id))];

/** Every field the import reads, in the cells it reads them from, so an export imports back whole. */
const candidateColumns: Column<Candidate>[] = [
  ['name', (c) => c.name],
  ['emails', (c) => joinList(c.emails)],
  ['phones', (c) => joinList(c.phones)],
  ['location', (c) => c.location],
  ['currentTitle', (c) => c.currentTitle],
  ['currentEmployer', (c) => c.currentEmployer],
  ['skills', (c) => joinList(c.skills)],
  ['source', (c) => c.source],
  ['salaryExpectation', (c) => c.salaryExpectation && `${formatAmount(c.salaryExpectation.amount)} ${c.salaryExpectation.currency}`],
  ['availability', (c) => c.availability],
  ['workAuthorisation', (c) => c.workAuthorisation],
  ['links', (c) => joinList(c.links)],
  ['owner', (c) => c.owner],
  ['consent.basis', (c) => c.consent && consentBasisLabels[c.consent.basis]],
  ['consent.on', (c) => c.consent && c.consent.on],
  ['consent.source', (c) => c.consent && c.consent.source],
  ['screening.whyLooking', (c) => c.screening.whyLooking],
  ['screening.careerProgression', (c) => c.screening.careerProgression],
  ['screening.certifications', (c) => c.screening.certifications],
  ['screening.commute', (c) => c.screening.commute],
  ['screening.salary', (c) => c.screening.salary],
];

const clientColumns: Column<Client>[] = [
  ['name', (c) => c.name],
  ['industry', (c) => c.industry],
  ['website', (c) => c.website],
  ['location', (c) => c.location],
  ['country', (c) => c.country && countryName(c.country)],
  ['status', (c) => c.status],
  ['fee', ({ fee }) => fee && (fee.type === 'percentage' ? `${fee.percent}%` : `${formatAmount(fee.amount)} ${fee.currency}`)],
  ['guaranteeDays', (c) => (c.guaranteeDays === null ? null : String(c.guaranteeDays))],
  ['relationship', (c) => c.relationship],
];

const contactColumns: Column<Contact & { company: string }>[] = [
  ['client', (c) => c.company],
  ['name', (c) => c.name],
  ['role', (c) => c.role],
  ['jobTitle', (c) => c.jobTitle],
  ['email', (c) => c.email],
  ['phone', (c) => c.phone],
  ['caresAbout', (c) => c.caresAbout],
  ['lastContactedOn', (c) => c.lastContactedOn],
];

/** Rows fetched per keyset page: the list is read a page at a time, never a whole table at once. */
const PAGE = 500;

/**
 * A list as CSV: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local code
 * page), a header row, CRLF line ends, and every cell safe from formula injection.
 */
export function listAsCsv(core: Core, input: ParsedInput<'csv.export'>): { text: string; rows: number } {
  switch (input.kind) {
    case 'candidates': {
      catchUpIndexForQuery(core, input.filters.query);
      const ids = pagedIds(core, (cursor) => candidateListQueries({ ...input.filters, cursor, limit: PAGE }));
      return candidatesAsCsv(core, ids);
    }
    case 'clients': {
      const ids = pagedIds(core, (cursor) => clientListQueries({ ...input.filters, cursor, limit: PAGE }));
      return toCsv([...clientColumns, tagsColumn(core, 'client')], map(ids, (id) => getClient(core, id)));
    }
    case 'contacts': {
      const { clientId } = input.filters;
      const everyClient = (cursor: string | undefined) =>
        clientListQueries({ query: '', status: null, tag: '', sort: 'name', cursor, limit: PAGE });
      const clients = clientId === null ? map(pagedIds(core, everyClient), (id) => getClient(core, id)) : [getClient(core, clientId)];
      return toCsv([...contactColumns, tagsColumn(core, 'contact')], contactsOf(core, clients));
    }
  }
}

/** Chosen candidates as CSV, in the order given (a selection, resolved in the core). */
export const candidatesAsCsv = (core: Core, ids: Iterable<string>) => toCsv([...candidateColumns, tagsColumn(core, 'candidate')], candidatesById(core, ids));

/** The export as a file for the UI to save, named after the list and the day. */
export function exportFile(core: Core, input: ParsedInput<'csv.export'>): TextFile {
  const day = core.clock.now().toISOString().slice(0, 10);
  return { fileName: `shortlist-${input.kind}-${day}.csv`, mimeType: 'text/csv', text: listAsCsv(core, input).text };
}

function* contactsOf(core: Core, clients: Iterable<Client>): Generator<Contact & { company: string }> {
  for (const client of clients) {
    for (const contact of listContacts(core, client.id)) yield { ...contact, company: client.name };
  }
}

/** The ids of a list in its order, a keyset page at a time (without the total the list shows). */
function* pagedIds(core: Core, pageAt: (cursor: string | undefined) => ReturnType<typeof keysetQueries>): Generator<string> {
  let cursor: string | undefined;
  do {
    const { page, sortKey, limit } = pageAt(cursor);
    const rows = statement(core.db, page.sql).all(...page.params) as { id: string; sort_key: SqlValue }[];
    for (const row of rows.slice(0, limit)) yield row.id;
    const last = rows[limit - 1];
    cursor = rows.length > limit && last ? encodeCursor(sortKey, [last.sort_key, last.id]) : undefined;
  } while (cursor !== undefined);
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

function toCsv<T>(columns: Column<T>[], records: Iterable<T>): { text: string; rows: number } {
  const lines = [csvRecord(columns.map(([field]) => csvTargetLabel(field)))];
  for (const record of records) lines.push(csvRecord(columns.map(([, cell]) => cell(record) ?? '')));
  return { text: `\uFEFF${lines.join('\r\n')}\r\n`, rows: lines.length - 1 };
}
