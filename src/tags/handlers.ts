import type { Method } from '../api/contract';
import type { Handlers } from '../server/handler';
import { renameTag, setTags, suggestTags, tagsOf, tagUses } from './tags';

export const tagHandlers: Handlers<Extract<Method, `tags.${string}`>> = {
  'tags.of': (core, { kind, id }) => tagsOf(core, kind, id),
  'tags.set': setTags,
  'tags.suggest': suggestTags,
  'tags.list': tagUses,
  'tags.rename': renameTag,
};
