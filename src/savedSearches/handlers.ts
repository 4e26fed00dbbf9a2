import type { Method } from '../api/contract';
import type { Handlers } from '../server/handler';
import { deleteSavedSearch, listSavedSearches, saveSearch } from './savedSearches';

export const savedSearchHandlers: Handlers<Extract<Method, `savedSearches.${string}`>> = {
  'savedSearches.list': listSavedSearches,
  'savedSearches.save': saveSearch,
  'savedSearches.delete': (core, { id }) => (deleteSavedSearch(core, id), { ok: true }),
};
