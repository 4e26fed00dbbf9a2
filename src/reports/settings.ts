import { ReportSettingsInput, type ReportSettings } from '../api/reports';
import type { Core } from '../db/core';
import { getSetting, setSetting } from '../db/settings';

/** Out of the box: no goal; a late interview ends in a placement one time in four, an offer three in five. */
const defaults: ReportSettings = {
  yearlyGoal: null,
  probabilities: { submitted: 0, client_reviewing: 0, interviewing: 0.25, offer: 0.6 },
  stuckDays: 7,
};

/** This laptop's report settings: the recruiter's own goal and view of their pipeline. */
export function reportSettings(core: Core): ReportSettings {
  const saved = getSetting(core.db, 'report_settings');
  if (!saved) return defaults;
  const parsed = ReportSettingsInput.safeParse({ ...defaults, ...(JSON.parse(saved) as object) });
  return parsed.success ? parsed.data : defaults;
}

export function saveReportSettings(core: Core, settings: ReportSettings): ReportSettings {
  setSetting(core.db, 'report_settings', JSON.stringify(settings));
  return reportSettings(core);
}
