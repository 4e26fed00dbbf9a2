import { stages, type StageName } from '../api/submissions';
import { ApiError } from '../api/errors';

/**
 * The one search syntax of lists, the quick switcher and saved searches: words and "quoted
 * phrases" (all must match), OR between two terms (either), a leading - to leave out, and fields
 * (skill:java, title:"team lead"). Only OR in capitals is an operator, as in web search, so a
 * candidate called "Or" can still be found. A mistake is refused with where it is, never read as
 * something else: a recruiter who typed skill;java must not see an empty list and believe it.
 */
export const searchFields = ['skill', 'title', 'employer', 'location', 'tag', 'source', 'owner', 'stage'] as const;
export type SearchField = (typeof searchFields)[number];

export interface Term {
  field: SearchField | null;
  text: string;
  /** Quoted: the words in this order, next to each other. */
  phrase: boolean;
  negated: boolean;
}

/** Every clause must match; a clause matches when any of its terms does. */
export type ParsedQuery = Term[][];

const stageAliases: Record<string, StageName> = Object.fromEntries(stages.map((s) => [s.replace('_', ''), s]));

/** Reads `text`; throws an invalid_input ApiError on field "query" saying what is wrong and at which character. */
export function parseQuery(text: string): ParsedQuery {
  const tokens = tokenize(text);
  const clauses: ParsedQuery = [];
  let joinNext = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'or') {
      if (clauses.length === 0 || joinNext || i === tokens.length - 1) {
        throw mistake(`OR at character ${token.at} needs something to search on each side, e.g. java OR kotlin.`);
      }
      joinNext = true;
      continue;
    }
    if (joinNext) clauses.at(-1)!.push(token.term);
    else clauses.push([token.term]);
    joinNext = false;
  }
  return clauses;
}

type Token = { kind: 'or'; at: number } | { kind: 'term'; at: number; term: Term };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const at = () => i + 1;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    const start = at();
    let negated = false;
    if (text[i] === '-') {
      negated = true;
      i++;
      if (i >= text.length || /\s/.test(text[i]!)) {
        throw mistake(`The - at character ${start} must be followed by what to leave out, e.g. -contract.`);
      }
    }
    let field: SearchField | null = null;
    const fieldMatch = /^([A-Za-z]+):/.exec(text.slice(i));
    if (fieldMatch) {
      const name = fieldMatch[1]!.toLowerCase();
      if (!(searchFields as readonly string[]).includes(name)) {
        throw mistake(`Shortlist cannot search by “${fieldMatch[1]}:” (character ${at()}). Search by ${searchFields.map((f) => `${f}:`).join(', ')}.`);
      }
      field = name as SearchField;
      i += fieldMatch[0].length;
      if (i >= text.length || /\s/.test(text[i]!)) {
        throw mistake(`${name}: at character ${start} needs a value right after it, e.g. ${name}:${example(field)}.`);
      }
    }
    let value: string;
    let phrase = false;
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      if (close === -1) throw mistake(`The quote at character ${at()} is never closed: add a " after the phrase.`);
      value = text.slice(i + 1, close).trim();
      if (value === '') throw mistake(`The quotes at character ${at()} hold nothing to search for.`);
      phrase = true;
      i = close + 1;
    } else {
      const end = text.slice(i).search(/\s/);
      value = end === -1 ? text.slice(i) : text.slice(i, i + end);
      i += value.length;
      if (value.includes('"')) throw mistake(`A quote at character ${start + value.indexOf('"') + (negated ? 1 : 0)} is inside a word: put a space before the phrase.`);
    }
    if (field === null && !negated && !phrase && value === 'OR') {
      tokens.push({ kind: 'or', at: start });
      continue;
    }
    if (field === 'stage') value = stageOf(value, start);
    tokens.push({ kind: 'term', at: start, term: { field, text: value, phrase, negated } });
  }
  return tokens;
}

function stageOf(value: string, at: number): StageName {
  const key = value.toLowerCase().replace(/[\s_-]/g, '');
  const stage = stageAliases[key];
  if (!stage) throw mistake(`There is no stage “${value}” (character ${at}). Stages: ${stages.join(', ')}.`);
  return stage;
}

const example = (field: SearchField) =>
  ({ skill: 'java', title: 'engineer', employer: 'acme', location: 'london', tag: 'hot', source: 'referral', owner: 'sam', stage: 'interviewing' })[
    field
  ];

const mistake = (message: string) => new ApiError('invalid_input', message, 'query');

/** Whether the query needs more than the plain words search has always read (fields, OR, exclusions, phrases). */
export const usesSyntax = (query: ParsedQuery) =>
  query.some((clause) => clause.length > 1 || clause.some((t) => t.field !== null || t.negated || t.phrase));
