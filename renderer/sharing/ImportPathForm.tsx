import { FileSearch } from 'lucide-react';
import { ImportInput } from '../../src/api/sharing';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { useForm } from '../ui/useForm';

type PathDraft = { path: string };

/** The browser preview has no open dialog and cannot read a file's path: the recruiter types it. */
export function ImportPathForm({ onChosen }: { onChosen: (path: string) => Promise<void> }) {
  const form = useForm({
    id: 'import',
    initial: { path: '' } satisfies PathDraft,
    schema: ImportInput,
    toInput: (draft: PathDraft) => ({ path: draft.path }),
    save: ({ path }) => onChosen(path.trim()),
  });
  return (
    <form className="sharing-form" noValidate onSubmit={form.onSubmit}>
      <TextField
        form={form}
        name="path"
        label="The export file"
        required
        spellCheck={false}
        placeholder="/home/you/Downloads/shortlist-bea-2026-11-22.shortlist"
        hint="The browser preview cannot open a file dialog: type the full path of the .shortlist file on this computer. The desktop app lets you pick it."
      />
      <div className="sharing-actions">
        <Button type="submit" variant="primary" icon={FileSearch} disabled={form.saving}>
          {form.saving ? 'Reading the export…' : 'Preview the import'}
        </Button>
      </div>
    </form>
  );
}
