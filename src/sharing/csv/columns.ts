import { csvFieldLabels, csvFields, csvKeepLabels, csvKeeps, csvMultiColumnFields, isCsvKeep, type CsvKind, type CsvTarget } from '../../api/csv';
import { headerSources } from './headers';

/** What another tool calls "Candidate Email" is our email: a leading word naming the kind is dropped. */
const kindWords: Record<CsvKind, string[]> = {
  candidates: ['candidate'],
  contacts: ['contact'],
  clients: ['client', 'company', 'account'],
  jobs: ['job'],
};

/** How headers are compared: letters and digits only, without accents or case. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

interface Known {
  target: CsvTarget;
  /** Lower is stronger: the order headers are listed in, each field's own label and name first. */
  rank: number;
}

/** Per kind, every header key and what it names; a key naming two things in one kind is a mistake in the table. */
const byHeader = new Map(
  (Object.keys(kindWords) as CsvKind[]).map((kind) => {
    const keys = new Map<string, Known>();
    const add = (name: string, target: CsvTarget) => {
      const key = headerKey(name);
      const other = keys.get(key);
      if (other && other.target !== target) throw new Error(`The ${kind} header “${name}” would name both ${other.target} and ${target}.`);
      if (!other) keys.set(key, { target, rank: keys.size });
    };
    for (const field of csvFields[kind]) [csvFieldLabels[field], field].forEach((name) => add(name, field));
    for (const keep of csvKeeps) add(csvKeepLabels[keep], keep);
    for (const { headers } of headerSources) {
      for (const [target, names] of Object.entries(headers[kind] ?? {}) as [CsvTarget, string[]][]) {
        for (const name of names) add(name, target);
      }
    }
    return [kind, keys] as const;
  }),
);

function known(kind: CsvKind, header: string): Known | null {
  const keys = byHeader.get(kind)!;
  const tries = (key: string) => {
    const word = kindWords[kind].find((w) => key.startsWith(w) && key.length > w.length);
    return keys.get(key) ?? (word ? keys.get(key.slice(word.length)) : undefined);
  };
  const key = headerKey(header);
  // "E-mail 2 Address", "Phone 3": the numbered copies of one column.
  return tries(key) ?? (/\d/.test(key) ? tries(key.replace(/\d+/g, '')) : undefined) ?? null;
}

/** What a header names for this kind of record (a field, or tags), if any source knows it. */
export function fieldForHeader(kind: CsvKind, header: string): CsvTarget | null {
  return known(kind, header)?.target ?? null;
}

/**
 * The mapping an import starts from: each header's field. Nothing is left out: a header no
 * source knows is kept as a note, and so is every column but the strongest for a field that
 * takes one value (a contact's mobile beside their work phone).
 */
export function suggestMapping(kind: CsvKind, headers: readonly string[]): CsvTarget[] {
  const found = headers.map((header) => known(kind, header));
  const strongest = new Map<CsvTarget, number>();
  found.forEach((k, column) => {
    if (!k || isCsvKeep(k.target) || csvMultiColumnFields.includes(k.target)) return;
    const best = strongest.get(k.target);
    if (best === undefined || k.rank < found[best]!.rank) strongest.set(k.target, column);
  });
  return found.map((k, column) => {
    if (!k) return 'note';
    if (isCsvKeep(k.target) || csvMultiColumnFields.includes(k.target)) return k.target;
    return strongest.get(k.target) === column ? k.target : 'note';
  });
}
