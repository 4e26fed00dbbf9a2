import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { z } from 'zod';
import { ExportInput, type ExportSummary } from '../../src/api/sharing';
import { call } from '../api/client';
import { useData } from '../api/data';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { useForm } from '../ui/useForm';
import { hasFileDialogs, rememberedExporter, rememberExporter } from './desktopFiles';
import { ExportResult } from './ExportResult';
import { folderOf, suggestedExportName } from './sharingFormat';

/** One .shortlist file of everything, for a colleague to merge into their database. */
export function ExportPanel({ id }: { id: string }) {
  const dialogs = hasFileDialogs();
  // The browser preview offers a file beside the database, as a start for the path to type.
  const { data: info } = useData('app.info', dialogs ? null : {});
  const [summary, setSummary] = useState<ExportSummary | null>(null);
  return (
    <section className="card sharing-panel" id={id} aria-labelledby={`${id}-title`}>
      <h2 className="card-title card-title--icon" id={`${id}-title`}>
        <FileDown size={16} aria-hidden />
        Export for a colleague
      </h2>
      <p className="muted card-lead">
        One file with everything in your database (clients, jobs, candidates, submissions, notes, follow-ups and attached files) for a
        colleague to merge into theirs. Your database is not changed.
      </p>
      {(dialogs || info) && (
        <ExportForm
          dialogs={dialogs}
          initialPath={info ? `${folderOf(info.databasePath)}${suggestedExportName('')}` : ''}
          onExported={setSummary}
        />
      )}
      {summary && <ExportResult summary={summary} />}
    </section>
  );
}

type ExportDraft = { person: string; path: string };

/** In the desktop app the save dialog gives the path once the form is sent: only the name is checked here. */
const nameOnly = z.object({ person: ExportInput.shape.person });

interface ExportFormProps {
  dialogs: boolean;
  initialPath: string;
  onExported: (summary: ExportSummary) => void;
}

function ExportForm({ dialogs, initialPath, onExported }: ExportFormProps) {
  const form = useForm({
    id: 'export',
    initial: { person: rememberedExporter(), path: initialPath } satisfies ExportDraft,
    schema: dialogs ? nameOnly : ExportInput,
    toInput: (draft: ExportDraft) => ({ person: draft.person, path: draft.path }),
    save: async ({ person, path }): Promise<void> => {
      let target = path;
      if (dialogs) {
        const chosen = await call('desktop.chooseFile', { purpose: 'export', suggestedName: suggestedExportName(person) });
        if (!chosen.path) return;
        target = chosen.path;
      }
      onExported(await call('sharing.exportTo', { path: target, person }));
      rememberExporter(person);
      // The same path may have been refused a moment ago (its folder missing): that is over now.
      form.set('path', path);
    },
  });

  return (
    <form className="sharing-form" noValidate onSubmit={form.onSubmit}>
      <TextField
        form={form}
        name="person"
        label="Your name"
        hint="Your colleague sees it beside your changes. Remembered on this computer."
        autoComplete="name"
        className="sharing-name-field"
      />
      {!dialogs && (
        <TextField
          form={form}
          name="path"
          label="Save the export as"
          required
          spellCheck={false}
          hint="The browser preview cannot open a save dialog: type the full path of the file to write on this computer. The desktop app asks with a dialog."
        />
      )}
      {form.formError && (
        <p className="form-error" role="alert">
          {form.formError}
        </p>
      )}
      <div className="sharing-actions">
        <Button type="submit" variant="primary" icon={FileDown} disabled={form.saving}>
          {form.saving ? 'Exporting…' : dialogs ? 'Export…' : 'Export'}
        </Button>
      </div>
    </form>
  );
}
