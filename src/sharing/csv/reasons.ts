import type { z } from 'zod';
import { csvFieldLabels, type CsvField } from '../../api/csv';
import { excerpt, quoteList, type MappedRow } from './mapping';

export interface Rejected {
  status: 'rejected';
  reason: string;
}

/**
 * Checks a row's input with the form's own schema, so a CSV row obeys exactly the rules a form
 * does. `problems` are those already found in reading the cells (an amount that is not a number).
 * Every problem is reported, each naming the column and the value at fault.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, row: MappedRow, problems: string[]): z.output<S> | Rejected {
  const parsed = schema.safeParse(input);
  const reasons = [...problems];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reasons.push(issueReason(issue, input, row));
  }
  if (reasons.length > 0) return { status: 'rejected', reason: [...new Set(reasons)].join('; ') };
  return parsed.data as z.output<S>;
}

export const isRejected = (value: unknown): value is Rejected =>
  typeof value === 'object' && value !== null && (value as Rejected).status === 'rejected';

function issueReason(issue: z.core.$ZodIssue, input: unknown, row: MappedRow): string {
  const choices = issue.code === 'invalid_value' && issue.values.length > 1 ? ` (${issue.values.join(', ')})` : '';
  const message = `${issue.message}${choices}`;
  // The deepest part of the path that columns feed: "emails" for emails.2, "salaryExpectation" for its amount.
  for (let depth = issue.path.length; depth > 0; depth--) {
    const path = issue.path.slice(0, depth).map(String).join('.');
    if (row.cellsFor(path).length > 0) return cellProblem(row, path, message, valueAt(input, issue.path));
  }
  const field = issue.path.map(String).join('.');
  return Object.hasOwn(csvFieldLabels, field) ? `${csvFieldLabels[field as CsvField]} is missing: ${message}` : message;
}

/**
 * A problem with the cells that feed `path`: “Email 2” has “bob at home”: …, or “Name” is empty: …
 * `value` is the part of the cells at fault (one email of several), if known.
 */
export function cellProblem(row: MappedRow, path: string, message: string, value?: unknown): string {
  const cells = row.cellsFor(path);
  if (cells.length === 0) return message;
  const say = (at: typeof cells, what: string) =>
    `${quoteList(at.map((c) => c.column))} ${at.length > 1 ? 'have' : 'has'} “${excerpt(what)}”: ${message}`;
  if (typeof value === 'string' && value.trim() !== '') {
    const cell = cells.find((c) => c.text.includes(value.trim()));
    return say(cell ? [cell] : cells, value.trim());
  }
  const written = cells.filter((c) => c.text.trim() !== '');
  if (written.length > 0) return say(written, written.map((c) => c.text.trim()).join(' '));
  return `${quoteList(cells.map((c) => c.column))} ${cells.length > 1 ? 'are' : 'is'} empty: ${message}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );
}

