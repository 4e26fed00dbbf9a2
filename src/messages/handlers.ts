import type { Handlers } from '../server/handler';
import { listTemplates, renderTemplate, resetTemplate, saveTemplate } from './templates';

export const messageHandlers: Handlers<'templates.list' | 'templates.save' | 'templates.reset' | 'templates.render'> = {
  'templates.list': listTemplates,
  'templates.save': saveTemplate,
  'templates.reset': (core, { id }) => resetTemplate(core, id),
  'templates.render': renderTemplate,
};
