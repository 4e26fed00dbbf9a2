import {
  BriefcaseBusiness,
  Building2,
  ClipboardList,
  FileText,
  MessageSquareQuote,
  StickyNote,
  UserRound,
  UsersRound,
  type LucideIcon,
} from 'lucide-react';
import { MATCH_END, MATCH_START, type SearchKind, type SearchResult } from '../../src/api/search';

export const kindLabels: Record<SearchKind, { one: string; many: string; icon: LucideIcon }> = {
  candidate: { one: 'Candidate', many: 'Candidates', icon: UsersRound },
  client: { one: 'Client', many: 'Clients', icon: Building2 },
  contact: { one: 'Contact', many: 'Contacts', icon: UserRound },
  job: { one: 'Job', many: 'Jobs', icon: BriefcaseBusiness },
  note: { one: 'Note', many: 'Notes', icon: StickyNote },
  file: { one: 'Resume', many: 'Resumes', icon: FileText },
  intake: { one: 'Intake', many: 'Intakes', icon: ClipboardList },
  feedback: { one: 'Feedback', many: 'Client feedback', icon: MessageSquareQuote },
};

/** The core answers nothing under two letters or digits: say so instead of asking. */
export const MIN_LETTERS = 2;
export const longEnough = (query: string) => (query.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= MIN_LETTERS;

/** A piece of text, marked where it matched. */
export interface Part {
  text: string;
  match: boolean;
}

/** Splits the core's marked text into plain and matched parts; never HTML. */
export function splitMatches(marked: string): Part[] {
  const parts: Part[] = [];
  let match = false;
  let text = '';
  for (const char of marked) {
    if (char === MATCH_START || char === MATCH_END) {
      if (text) parts.push({ text, match });
      text = '';
      match = char === MATCH_START;
    } else text += char;
  }
  if (text) parts.push({ text, match });
  return parts;
}

export const plain = (marked: string) => splitMatches(marked).map((p) => p.text).join('');

/**
 * The snippet earns its line when it shows where the words matched (a note, a resume, a skill);
 * when the title already shows the match, the rest of the record's text would only be noise.
 */
export function showSnippet(result: SearchResult): boolean {
  const text = plain(result.snippet).trim();
  if (!text || text === plain(result.title) || text === result.context) return false;
  return result.snippet.includes(MATCH_START) || !result.title.includes(MATCH_START);
}

export interface Group {
  key: string;
  title: string;
  /** Each result with its place in the whole list, which the arrow keys walk. */
  items: { result: SearchResult; index: number }[];
}

/** Numbers the groups' results in the order they are shown, which the arrow keys walk. */
function walked(groups: Group[]): { groups: Group[]; ordered: SearchResult[] } {
  const ordered: SearchResult[] = [];
  for (const group of groups) {
    for (const item of group.items) {
      item.index = ordered.length;
      ordered.push(item.result);
    }
  }
  return { groups, ordered };
}

/**
 * Results under one heading per kind, the kinds in the order of their best hit, so the best
 * match still comes first and the arrow keys go down the screen as it reads.
 */
export function groupByKind(results: SearchResult[]): { groups: Group[]; ordered: SearchResult[] } {
  const groups: Group[] = [];
  for (const result of results) {
    let group = groups.find((g) => g.key === result.kind);
    if (!group) groups.push((group = { key: result.kind, title: kindLabels[result.kind].many, items: [] }));
    group.items.push({ result, index: -1 });
  }
  return walked(groups);
}

/** The records opened last, under one heading, the latest first. */
export function recentGroup(recents: SearchResult[]): { groups: Group[]; ordered: SearchResult[] } {
  if (recents.length === 0) return { groups: [], ordered: [] };
  return walked([{ key: 'recent', title: 'Recently opened', items: recents.map((result) => ({ result, index: -1 })) }]);
}
