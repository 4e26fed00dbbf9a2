import type { TrashKind } from '../../src/api/trash';
import { change } from '../api/data';
import { dismissToastsAbout, showToast } from '../ui/toasts';

const deleteMethod = {
  client: 'clients.delete',
  contact: 'contacts.delete',
  job: 'jobs.delete',
  candidate: 'candidates.delete',
  file: 'files.delete',
} as const satisfies Record<TrashKind, string>;

interface Trashable {
  kind: TrashKind;
  id: string;
  name: string;
}

const about = (item: Trashable) => `${item.kind}:${item.id}`;

/**
 * Deleting asks no questions, because nothing is lost: it goes to the trash, and the toast
 * offers it straight back.
 */
export async function moveToTrash(item: Trashable, afterRestore?: () => void): Promise<void> {
  await change(deleteMethod[item.kind], { id: item.id });
  showToast({
    message: `“${item.name}” moved to trash`,
    about: about(item),
    action: {
      label: 'Restore',
      run: async () => {
        await restoreFromTrash(item);
        afterRestore?.();
      },
    },
  });
}

/** Throws the core's reason when it cannot come back, e.g. its name is taken by now. */
export async function restoreFromTrash(item: Trashable): Promise<void> {
  await change('trash.restore', { kind: item.kind, id: item.id });
  // Restored from the Trash page, the toast's own Restore would now only fail.
  dismissToastsAbout(about(item));
  showToast({ message: `“${item.name}” restored` });
}
