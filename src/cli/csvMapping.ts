import { csvFieldLabels, csvFields, csvKeepLabels, csvKeeps, type CsvKind, type CsvTarget } from '../api/csv';
import { headerKey } from '../sharing/csv/columns';
import { quoteList } from '../sharing/csv/mapping';
import { UsageError } from './usageError';

/** What `--map "<header>=nothing"` may say to leave a column out. */
const leaveOut = ['nothing', 'skip', 'left out', 'leave out', 'none'];

/**
 * Applies `--map "<header>=<field>"` choices to a mapping. The header is matched as written, else
 * without case and punctuation; the field by its name or label ("emails", "Emails"), "note",
 * "tags", or "nothing" to leave the column out.
 */
export function applyMapChoices(
  kind: CsvKind,
  headers: readonly string[],
  mapping: readonly (CsvTarget | null)[],
  choices: readonly string[],
): (CsvTarget | null)[] {
  const result = [...mapping];
  for (const choice of choices) {
    const at = choice.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map needs "<header>=<field>", as in --map "Mobile=phones"; “${choice}” has no =.`);
    const header = choice.slice(0, at).trim();
    const column = findColumn(headers, header);
    if (column === -1) throw new UsageError(`--map names “${header}”, but the file has no such column. Its columns: ${quoteList(headers)}.`);
    result[column] = findTarget(kind, choice.slice(at + 1).trim());
  }
  return result;
}

function findColumn(headers: readonly string[], header: string): number {
  const exact = headers.indexOf(header);
  return exact !== -1 ? exact : headers.findIndex((h) => headerKey(h) === headerKey(header));
}

function findTarget(kind: CsvKind, name: string): CsvTarget | null {
  const key = headerKey(name);
  if (leaveOut.some((word) => headerKey(word) === key)) return null;
  const targets: CsvTarget[] = [...csvFields[kind], ...csvKeeps];
  const label = (t: CsvTarget) => (t === 'note' || t === 'tags' ? csvKeepLabels[t] : csvFieldLabels[t]);
  const found = targets.find((t) => headerKey(t) === key || headerKey(label(t)) === key);
  if (found) return found;
  throw new UsageError(
    `--map: “${name}” is not something ${kind} have. Use one of: ${targets.join(', ')}, or nothing to leave the column out.`,
  );
}

/** Where a column goes, as the CLI says it. */
export function destination(target: CsvTarget | null): string {
  if (target === null) return 'left out';
  if (target === 'note') return 'kept as a note';
  if (target === 'tags') return 'tags';
  return csvFieldLabels[target];
}
