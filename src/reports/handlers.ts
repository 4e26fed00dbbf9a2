import type { Method } from '../api/contract';
import type { Handlers } from '../server/handler';
import { funnelAnswer, responsivenessAnswer, tableRows } from './firstRows';
import { reportCsv, stuckCsv } from './reportCsv';
import { report, reportRecords } from './reports';
import { reportSettings, saveReportSettings } from './settings';

export const reportHandlers: Handlers<Extract<Method, `reports.${string}`>> = {
  'reports.revenue': (core, filters) => report(core, 'revenue', filters),
  // The screen's answers: their long tables' first rows, reports.rows the rest.
  'reports.funnel': (core, filters) => funnelAnswer(core, filters),
  'reports.time': (core, filters) => report(core, 'time', filters),
  'reports.responsiveness': (core, filters) => responsivenessAnswer(core, filters),
  'reports.sources': (core, filters) => report(core, 'sources', filters),
  'reports.activity': (core, filters) => report(core, 'activity', filters),
  'reports.records': (core, { report: name, filters, key }) => reportRecords(core, name, filters, key),
  'reports.rows': (core, input) => tableRows(core, input),
  'reports.export': (core, { report: name, filters }) => reportCsv(core, name, filters),
  'reports.exportStuck': (core, filters) => stuckCsv(core, filters),
  'reports.settings': (core) => reportSettings(core),
  'reports.saveSettings': (core, settings) => saveReportSettings(core, settings),
};
