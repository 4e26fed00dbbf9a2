/**
 * How a list of values is written to one CSV cell and read back. Export and import live together
 * here because each undoes the other: whatever the export writes, the import reads back the same.
 * The formula guard, which the window's files use too, is `guardFormula` in the contract (api/csv).
 */

/**
 * The values of a multi-value cell: split on line breaks if it has any, else on semicolons, else
 * on commas ("Java, SQL" from another tool), trimmed, blanks dropped.
 */
export function splitList(cell: string): string[] {
  const separator = /[\r\n]/.test(cell) ? /\r\n|\r|\n/ : cell.includes(';') ? ';' : ',';
  return cell
    .split(separator)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/**
 * Several values in one cell, "a; b", written so `splitList` gives them back: a lone value with
 * a comma gets a closing semicolon ("Sales, B2B;"), and values with semicolons go one per line.
 */
export function joinList(values: readonly string[]): string {
  // Most lists (skills, emails, phones): values "a; b" gives back as they are, without trying.
  if (values.every(plain)) return values.join('; ');
  const ways = [values.join('; '), `${values.join('; ')};`, `${values.join('\n')}\n`];
  return ways.find((cell) => sameList(splitList(cell), values)) ?? ways[0]!;
}

const plain = (value: string) => value !== '' && value.trim() === value && !/[;,\r\n]/.test(value);

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
