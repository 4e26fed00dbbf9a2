import { create } from 'zustand';
import type { DependentsInput } from '../../src/api/trash';
import { call } from '../api/client';
import { asApiError } from '../api/data';
import { showToast } from '../ui/toasts';
import { Button } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';

interface Asking {
  name: string;
  items: string[];
  answer: (go: boolean) => void;
}

const useTrashQuestion = create<{ asking: Asking | null }>(() => ({ asking: null }));

/**
 * Before a record goes to the trash: when live work hangs on it (open jobs, live submissions, an
 * upcoming interview), say what and ask. With nothing hanging on it, it goes without a question
 * (the toast offers it back).
 */
export async function confirmTrash(record: DependentsInput & { name: string }): Promise<boolean> {
  let items: string[];
  try {
    ({ items } = await call('trash.dependents', { kind: record.kind, id: record.id }));
  } catch (error) {
    // Without knowing what hangs on it, nothing is moved.
    showToast({ message: asApiError(error).message, tone: 'error' });
    return false;
  }
  if (items.length === 0) return true;
  return new Promise((resolve) => {
    useTrashQuestion.setState({
      asking: {
        name: record.name,
        items,
        answer: (go) => {
          useTrashQuestion.setState({ asking: null });
          resolve(go);
        },
      },
    });
  });
}

/** The question itself, mounted once in the shell. */
export function TrashQuestion() {
  const asking = useTrashQuestion((s) => s.asking);
  if (!asking) return null;
  return (
    <Dialog title={`Move “${asking.name}” to the trash?`} description="Live work hangs on it:" onClose={() => asking.answer(false)}>
      <ul className="dialog-body trash-question-list">
        {asking.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <DialogFooter>
        <Button data-autofocus onClick={() => asking.answer(false)}>
          Keep it
        </Button>
        <Button variant="primary" onClick={() => asking.answer(true)}>
          Move to trash
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
