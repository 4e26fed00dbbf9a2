import { csvDelimiters, type CsvDelimiter } from '../../api/csv';

const SAMPLE_LINES = 20;

/**
 * The delimiter that splits the first lines most consistently: the one found the most times on
 * every line (so a semicolon file with decimal commas in a few cells is still read by semicolons),
 * then the most often overall. Delimiters inside quoted values do not count. A file with one
 * column has none, and is read as comma-separated.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = countPerLine(text);
  let best: CsvDelimiter = ',';
  let bestScore = [0, 0];
  for (const delimiter of csvDelimiters) {
    const counts = lines.map((line) => line[delimiter]);
    const score = [Math.min(...counts), counts.reduce((a, b) => a + b, 0)];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** How often each delimiter appears outside quotes on each of the first lines (a quoted line break does not end a line). */
function countPerLine(text: string): Record<CsvDelimiter, number>[] {
  const empty = () => ({ ',': 0, ';': 0, '\t': 0 });
  const lines: Record<CsvDelimiter, number>[] = [];
  let line = empty();
  let quoted = false;
  let blank = true;
  for (let i = 0; i < text.length && lines.length < SAMPLE_LINES; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (!blank) lines.push(line);
      line = empty();
      blank = true;
      continue;
    } else if (!quoted && (c === ',' || c === ';' || c === '\t')) line[c]++;
    blank = false;
  }
  if (!blank && lines.length < SAMPLE_LINES) lines.push(line);
  return lines.length > 0 ? lines : [empty()];
}
