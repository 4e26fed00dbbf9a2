import type { Method } from '../api/contract';
import type { Handlers } from '../server/handler';
import { reportCsv, stuckCsv } from './reportCsv';
import { report, reportRecords } from './reports';
import { reportSettings, saveReportSettings } from './settings';

export const reportHandlers: Handlers<Extract<Method, `reports.${string}`>> = {
  'reports.revenue': (core, filters) => report(core, 'revenue', filters),
  'reports.funnel': (core, filters) => report(core, 'funnel', filters),
  'reports.time': (core, filters) => report(core, 'time', filters),
  'reports.responsiveness': (core, filters) => report(core, 'responsiveness', filters),
  'reports.sources': (core, filters) => report(core, 'sources', filters),
  'reports.activity': (core, filters) => report(core, 'activity', filters),
  'reports.records': (core, { report: name, filters, key }) => reportRecords(core, name, filters, key),
  'reports.export': (core, { report: name, filters }) => reportCsv(core, name, filters),
  'reports.exportStuck': (core, filters) => stuckCsv(core, filters),
  'reports.settings': (core) => reportSettings(core),
  'reports.saveSettings': (core, settings) => saveReportSettings(core, settings),
};
