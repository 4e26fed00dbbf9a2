import type { Method } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Handlers } from '../server/handler';

const hostOnly = () => {
  throw new ApiError('unsupported', 'Running tasks are kept by the app that runs Shortlist’s core, not by a single connection.');
};

/** Answered by the host (src/host/host.ts); a connection on its own has no tasks beside the call it runs. */
export const taskHandlers: Handlers<Extract<Method, `tasks.${string}` | 'app.health'>> = {
  'tasks.list': hostOnly,
  'tasks.cancel': hostOnly,
  // A connection opened on its own was checked as it opened (openDatabase).
  'app.health': () => ({ state: 'ok', message: null }),
};
