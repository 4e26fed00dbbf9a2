/**
 * How one value is written to a CSV cell and read back. Export and import live together here
 * because each undoes the other: whatever the export writes, the import reads back the same.
 */

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or CR that hides one) is
 * prefixed with a single quote, which makes the spreadsheet show it as text. A value that already
 * starts with quotes before such a character gets one more, so the import can always take one off.
 */
export function guardFormula(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Takes off the quote that `guardFormula` (or another tool following the same advice) added. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

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
  const ways = [values.join('; '), `${values.join('; ')};`, `${values.join('\n')}\n`];
  return ways.find((cell) => sameList(splitList(cell), values)) ?? ways[0]!;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
