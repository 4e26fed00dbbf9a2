import { csvRecord } from '../../api/csv';

/**
 * vCard files (.vcf, versions 2.1, 3 and 4, as phones, Outlook, Google and macOS Contacts export
 * them) read as a table: a column per property, a row per card. The import then treats them as it
 * treats a CSV file: the same mapping, preview, duplicates, notes and report. No npm parser was a
 * fit: the well-kept ones are calendar libraries (ical.js) whose vCard support needs the whole
 * jCard model, and the small ones are unmaintained; the format itself is a few rules, below.
 */

/** Properties that say how the file was made, not who the person is; a photo is bytes, not text. */
const technical = new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'REV', 'UID', 'PHOTO', 'LOGO', 'SOUND', 'KEY', 'KIND', 'CLIENTPIDMAP']);

/** A property's column, named as the header table knows it; the rest keep their own name (X-SKYPE). */
const headers: Record<string, string> = {
  FN: 'Full name',
  EMAIL: 'Email',
  TEL: 'Phone',
  TITLE: 'Job title',
  ROLE: 'Job role',
  NOTE: 'Notes',
  CATEGORIES: 'Tags',
  URL: 'Website',
  BDAY: 'Birthday',
  NICKNAME: 'Nickname',
};

/** Whether a file is vCard rather than CSV: its first line opens a card. */
export const isVcard = (text: string) => /^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 200).split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '');

interface Card {
  /** The file's line the card begins on, for the report. */
  line: number;
  values: Map<string, string[]>;
}

/**
 * The cards as CSV text with a header row, and the line of the .vcf file each row's card begins
 * on, by the line the row starts on in that text (a note over several lines takes several).
 */
export function vcardAsCsv(text: string): { csv: string; cardLines: Map<number, number> } {
  const cards = readCards(text);
  const columns: string[] = [];
  for (const card of cards) for (const column of card.values.keys()) if (!columns.includes(column)) columns.push(column);
  const records = [columns, ...cards.map((card) => columns.map((column) => (card.values.get(column) ?? []).join('\n')))].map(csvRecord);
  const cardLines = new Map<number, number>();
  let line = 1;
  records.forEach((record, i) => {
    if (i > 0) cardLines.set(line, cards[i - 1]!.line);
    line += 1 + (record.match(/\r\n|\r|\n/g)?.length ?? 0);
  });
  return { csv: records.join('\r\n'), cardLines };
}

function readCards(text: string): Card[] {
  const cards: Card[] = [];
  let card: Card | null = null;
  for (const { line, content } of unfold(text)) {
    const property = parseLine(content);
    if (!property) continue;
    if (property.name === 'BEGIN' && property.value.toUpperCase() === 'VCARD') card = { line, values: new Map() };
    else if (property.name === 'END' && card) {
      cards.push(card);
      card = null;
    } else if (card && !technical.has(property.name)) {
      for (const [column, value] of columnsOf(property)) add(card, column, value);
    }
  }
  return cards;
}

/** A value in its column; a second email or phone gets a column of its own ("Email 2"). */
function add(card: Card, column: string, value: string): void {
  if (value.trim() === '') return;
  if (column === 'Email' || column === 'Phone') {
    let n = 1;
    while (card.values.has(n === 1 ? column : `${column} ${n}`)) n++;
    card.values.set(n === 1 ? column : `${column} ${n}`, [value]);
    return;
  }
  card.values.set(column, [...(card.values.get(column) ?? []), value]);
}

interface Property {
  name: string;
  params: Map<string, string>;
  value: string;
}

function columnsOf({ name, value }: Property): [string, string][] {
  switch (name) {
    case 'N': {
      const [family = '', given = ''] = splitUnescaped(value, ';');
      return [
        ['First name', given],
        ['Last name', family],
      ];
    }
    case 'ORG': {
      const [company = '', ...units] = splitUnescaped(value, ';');
      return [
        ['Company', company],
        ['Department', units.filter((u) => u !== '').join(', ')],
      ];
    }
    case 'ADR': {
      const [, , street = '', city = '', region = '', postcode = '', country = ''] = splitUnescaped(value, ';');
      return [
        ['Street', street],
        ['City', city],
        ['Region', region],
        ['Postcode', postcode],
        ['Country', country],
      ];
    }
    case 'TEL':
      // vCard 4 writes a number as a URI: tel:+81-3-1234-5678.
      return [['Phone', unescape(value).replace(/^tel:/i, '')]];
    case 'CATEGORIES':
      return [['Tags', splitUnescaped(value, ',').join('; ')]];
    default:
      return [[headers[name] ?? name, unescape(value)]];
  }
}

/** `[group.]NAME;PARAM=x:value`, the value decoded when it is quoted-printable (vCard 2.1, Outlook). */
function parseLine(content: string): Property | null {
  const colon = valueStart(content);
  if (colon === -1) return null;
  const [nameWithGroup = '', ...rawParams] = content.slice(0, colon).split(';');
  const name = nameWithGroup.split('.').at(-1)!.toUpperCase();
  const params = new Map<string, string>();
  for (const param of rawParams) {
    const [key = '', ...rest] = param.split('=');
    params.set(key.toUpperCase(), rest.join('=').replace(/^"|"$/g, ''));
  }
  let value = content.slice(colon + 1);
  if (params.get('ENCODING')?.toUpperCase() === 'QUOTED-PRINTABLE' || rawParams.some((p) => p.toUpperCase() === 'QUOTED-PRINTABLE')) {
    value = quotedPrintable(value, params.get('CHARSET') ?? 'utf-8');
  }
  return { name, params, value };
}

/** The colon that starts the value: the first one outside a quoted parameter. */
function valueStart(content: string): number {
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    if (content[i] === '"') quoted = !quoted;
    else if (content[i] === ':' && !quoted) return i;
  }
  return -1;
}

/** Logical lines: a line starting with a space or tab continues the one before; a quoted-printable line ending in = too. */
function unfold(text: string): { line: number; content: string }[] {
  const out: { line: number; content: string }[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const last = out.at(-1);
    if (last && /^[ \t]/.test(raw)) last.content += raw.slice(1);
    else if (last && /QUOTED-PRINTABLE/i.test(last.content.slice(0, valueStart(last.content))) && last.content.endsWith('=')) {
      last.content = last.content.slice(0, -1) + raw;
    } else out.push({ line: i + 1, content: raw });
  });
  return out;
}

function quotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? /^[0-9A-F]{2}/i.exec(value.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(value.charCodeAt(i) & 0xff);
  }
  try {
    return new TextDecoder(charset).decode(Uint8Array.from(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
  }
}

/** Splits on a separator not escaped with a backslash, each part unescaped. */
function splitUnescaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\' && i + 1 < value.length) {
      current += value.slice(i, i + 2);
      i++;
    } else if (value[i] === separator) {
      parts.push(unescape(current));
      current = '';
    } else current += value[i];
  }
  parts.push(unescape(current));
  return parts.map((part) => part.trim());
}

const unescape = (value: string) => value.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
