import type { Handlers } from '../server/handler';
import { dependentsOf } from './dependents';
import { listTrash, restoreFromTrash } from './trash';

export const trashHandlers: Handlers<'trash.list' | 'trash.restore' | 'trash.dependents'> = {
  'trash.list': listTrash,
  'trash.dependents': dependentsOf,
  'trash.restore': (core, { kind, id }) => {
    restoreFromTrash(core, kind, id);
    return { ok: true };
  },
};
