import type { Method } from '../api/contract';
import type { Handlers } from '../server/handler';
import { openedRecord, recentRecords } from './recents';

export const recentHandlers: Handlers<Extract<Method, `recents.${string}`>> = {
  'recents.list': recentRecords,
  'recents.open': (core, input) => (openedRecord(core, input), { ok: true }),
};
