import type { Handlers } from '../server/handler';
import { listTrash, restoreFromTrash } from './trash';

export const trashHandlers: Handlers<'trash.list' | 'trash.restore'> = {
  'trash.list': listTrash,
  'trash.restore': (core, { kind, id }) => {
    restoreFromTrash(core, kind, id);
    return { ok: true };
  },
};
