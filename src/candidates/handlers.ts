import type { Method } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Handlers } from '../server/handler';
import { candidateSubmissions } from '../submissions/submissions';
import { listCandidates } from './candidateList';
import { createCandidate, deleteCandidate, getCandidate, updateCandidate } from './candidates';
import { findDuplicates } from './duplicates';
import { attachFile, candidateFiles, deleteFile, filePath } from './files';

/** Merging and erasing candidates belong to sharing (src/sharing/handlers.ts). */
type CandidateMethods = Exclude<
  Extract<Method, `candidates.${string}` | `files.${string}` | 'desktop.openFile'>,
  'candidates.merge' | 'candidates.erase'
>;

export const candidateHandlers: Handlers<CandidateMethods> = {
  'candidates.list': listCandidates,
  'candidates.get': (core, { id }) => ({
    candidate: getCandidate(core, id),
    files: candidateFiles(core, id),
    submissions: candidateSubmissions(core, id),
  }),
  'candidates.create': createCandidate,
  'candidates.update': updateCandidate,
  'candidates.delete': (core, { id }) => {
    deleteCandidate(core, id);
    return { ok: true };
  },
  'candidates.duplicates': (core, { exceptId, ...identity }) => findDuplicates(core, identity, exceptId),
  'files.attach': attachFile,
  'files.locate': (core, { id }) => {
    const { path, name } = filePath(core, id);
    return { path, name };
  },
  'files.delete': (core, { id }) => {
    deleteFile(core, id);
    return { ok: true };
  },
  'desktop.openFile': () => {
    throw new ApiError('unsupported', 'Opening a file with your system’s viewer needs the desktop app; download it instead.');
  },
};
