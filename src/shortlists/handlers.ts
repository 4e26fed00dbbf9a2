import type { Method } from '../api/contract';
import { submitToJob } from '../bulk/actions';
import { BulkRecord } from '../bulk/record';
import type { Handlers } from '../server/handler';
import {
  createShortlist,
  deleteShortlist,
  getShortlist,
  listShortlists,
  liveShortlist,
  moveEntry,
  removeEntry,
  renameShortlist,
  setEntryNote,
  shortlistPeople,
  shortlistsOf,
} from './shortlists';
import { ApiError } from '../api/errors';

const ok = { ok: true } as const;

export const shortlistHandlers: Handlers<Extract<Method, `shortlists.${string}`>> = {
  'shortlists.list': listShortlists,
  'shortlists.get': (core, { id }) => getShortlist(core, id),
  'shortlists.create': createShortlist,
  'shortlists.rename': renameShortlist,
  'shortlists.delete': (core, { id }) => (deleteShortlist(core, id), ok),
  'shortlists.move': (core, input) => (moveEntry(core, input), ok),
  'shortlists.note': (core, input) => (setEntryNote(core, input), ok),
  'shortlists.remove': (core, { entryId }) => (removeEntry(core, entryId), ok),
  'shortlists.of': shortlistsOf,
  'shortlists.submit': (core, { id, jobId }) => {
    if (liveShortlist(core, id).kind !== 'candidate') {
      throw new ApiError('invalid_input', 'Only a shortlist of candidates can be submitted to a job.', 'id');
    }
    return submitToJob(core, shortlistPeople(core, id), jobId, new BulkRecord(core));
  },
};
