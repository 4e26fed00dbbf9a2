import type { Method } from '../api/contract';
import type { Handlers } from '../server/handler';
import { bulkAddToShortlist, bulkFollowUp, bulkNote, bulkOwner, bulkRemoveFromShortlist, bulkSubmit, bulkTag, bulkTrash, bulkUntag } from './actions';
import { exportSelection } from './exportCsv';
import { countSelection } from './selection';
import { undoBulk } from './undo';

export const bulkHandlers: Handlers<Extract<Method, `bulk.${string}` | 'selection.count'>> = {
  'selection.count': (core, { selection }) => ({ count: countSelection(core, selection) }),
  'bulk.tag': bulkTag,
  'bulk.untag': bulkUntag,
  'bulk.addToShortlist': bulkAddToShortlist,
  'bulk.removeFromShortlist': bulkRemoveFromShortlist,
  'bulk.submit': bulkSubmit,
  'bulk.note': bulkNote,
  'bulk.followUp': bulkFollowUp,
  'bulk.setOwner': bulkOwner,
  'bulk.trash': bulkTrash,
  'bulk.exportCsv': exportSelection,
  'bulk.undo': undoBulk,
};
