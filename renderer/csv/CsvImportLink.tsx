import { FileUp } from 'lucide-react';
import { Link } from 'wouter';
import type { CsvKind } from '../../src/api/csv';
import { paths } from '../app/paths';

/** Import from CSV, with what is imported chosen already. */
export function CsvImportLink({ kind, variant = 'secondary' }: { kind: CsvKind; variant?: 'secondary' | 'ghost' }) {
  return (
    <Link href={paths.csvImport(kind)} className={`button button--${variant}`}>
      <FileUp size={15} aria-hidden className="button-icon" />
      <span>Import from CSV</span>
    </Link>
  );
}
