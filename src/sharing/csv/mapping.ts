import {
  csvFieldLabels,
  csvMultiColumnFields,
  csvRequiredFields,
  isCsvKeep,
  unguardFormula,
  type CsvColumnReport,
  type CsvField,
  type CsvKind,
  type CsvTarget,
} from '../../api/csv';
import { splitList } from './cells';

/** Which columns of a file feed which field, and which are kept as a note or tags. */
export class Mapping {
  private readonly columns = new Map<CsvTarget, number[]>();

  constructor(
    readonly kind: CsvKind,
    readonly headers: readonly string[],
    readonly fields: readonly (CsvTarget | null)[],
  ) {
    fields.forEach((field, column) => {
      if (field) this.columns.set(field, [...this.indexes(field), column]);
    });
  }

  indexes(field: CsvTarget): readonly number[] {
    return this.columns.get(field) ?? [];
  }

  /** The columns kept on each record rather than read into a field, in file order. */
  kept(): readonly number[] {
    return this.fields.flatMap((field, column) => (isCsvKeep(field) ? [column] : []));
  }

  /** Every column and where its values go: what the report accounts for. */
  report(): CsvColumnReport[] {
    return this.headers.map((_, column) => ({ name: this.columnName(column), goesTo: this.fields[column] ?? null }));
  }

  /** A column as a person knows it: its header, or its position when the header is blank. */
  columnName(column: number): string {
    return excerpt(this.headers[column]?.trim() || `column ${column + 1}`);
  }

  /** Why an import cannot start with this mapping: a one-column field mapped twice, or a required field not mapped. */
  problems(): string[] {
    const problems: string[] = [];
    for (const [field, columns] of this.columns) {
      if (columns.length > 1 && !isCsvKeep(field) && !csvMultiColumnFields.includes(field)) {
        const names = quoteList(columns.map((column) => this.columnName(column)));
        const all = columns.length === 2 ? 'both' : 'all';
        problems.push(`${names} are ${all} mapped to ${csvFieldLabels[field]}, which takes one column: map all but one to nothing.`);
      }
    }
    for (const group of csvRequiredFields[this.kind] as readonly (readonly CsvField[])[]) {
      if (!group.some((field) => this.columns.has(field))) {
        problems.push(`Map a column to ${group.map((field) => csvFieldLabels[field]).join(' or ')}.`);
      }
    }
    return problems;
  }
}

/** A kept column's value in a row, with its column's name and whether it holds tags. */
export interface KeptValue {
  column: string;
  text: string;
  tags: boolean;
}

/** One row of the file, read through the mapping. */
export class MappedRow {
  constructor(
    private readonly cells: readonly string[],
    readonly mapping: Mapping,
  ) {}

  /** The value of a one-column field; empty when no column is mapped to it. */
  text(field: CsvField): string {
    return this.texts(field)[0] ?? '';
  }

  texts(field: CsvField): string[] {
    return this.mapping.indexes(field).map((column) => unguardFormula(this.cells[column] ?? ''));
  }

  /** The kept columns that hold something in this row, with their column's name and whether they are tags. */
  keptValues(): KeptValue[] {
    return this.mapping.kept().flatMap((column) => {
      const text = unguardFormula(this.cells[column] ?? '').trim();
      const tags = this.mapping.fields[column] === 'tags';
      return text === '' ? [] : [{ column: this.mapping.columnName(column), text, tags }];
    });
  }

  /** The name column, else first and last name together. */
  personName(): string {
    return (
      this.text('name').trim() ||
      [this.text('firstName'), this.text('lastName')]
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .join(' ')
    );
  }

  /**
   * The cells that feed a part of the form's input, named by its path ("emails", "consent.on"),
   * with their column's name. First and last name feed the name.
   */
  cellsFor(path: string): { column: string; text: string }[] {
    const fields: CsvField[] = path === 'name' ? ['name', 'firstName', 'lastName'] : [path as CsvField];
    return fields.flatMap((field) =>
      this.mapping.indexes(field).map((column) => ({
        column: this.mapping.columnName(column),
        text: unguardFormula(this.cells[column] ?? ''),
      })),
    );
  }

  /** The values of a multi-value field, from every column mapped to it. */
  list(field: CsvField): string[] {
    return this.texts(field).flatMap(splitList);
  }

  /** The columns of a field joined into one value ("Austin, TX, USA" from City, State and Country). */
  joined(field: CsvField): string {
    return this.texts(field)
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .join(', ');
  }
}

/** “A”, “A” and “B”, “A”, “B” and “C”. */
export function quoteList(names: readonly string[]): string {
  const quoted = names.map((name) => `“${excerpt(name)}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/**
 * What a message quotes of a file's text (a header, a cell): at most 60 characters, clearly cut. A
 * file of one 5 MB line is one 5 MB header, which a message must never print back whole.
 */
export const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
