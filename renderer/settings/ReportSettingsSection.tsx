import { ChartColumn } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { forecastStages, type ReportSettings } from '../../src/api/reports';
import { stageLabels } from '../../src/api/submissions';
import { asApiError, change, useData } from '../api/data';
import { Button } from '../ui/Button';
import { CurrencySuggestions, suggestCurrencies } from '../ui/CurrencySuggestions';
import { SettingsCard } from './SettingsCard';

/** The yearly goal, the chance each stage ends in a placement (for the forecast), and when a submission counts as stuck. */
export function ReportSettingsSection() {
  const { data, error } = useData('reports.settings', {});
  return (
    <SettingsCard
      id="report-settings-heading"
      icon={ChartColumn}
      title="Reports"
      lead="Your yearly goal, when a submission counts as stuck, and the chance each stage ends in a placement, for the forecast."
      error={error}
    >
      {data && <ReportSettingsForm saved={data} />}
    </SettingsCard>
  );
}

function ReportSettingsForm({ saved }: { saved: ReportSettings }) {
  const [draft, setDraft] = useState(() => toDraft(saved));
  const [message, setMessage] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      const saved = await change('reports.saveSettings', {
        yearlyGoal: draft.goal.trim() === '' ? null : { amount: Number(draft.goal), currency: draft.currency },
        probabilities: Object.fromEntries(forecastStages.map((s) => [s, Number(draft.probabilities[s]) / 100])) as ReportSettings['probabilities'],
        stuckDays: Number(draft.stuckDays),
      });
      setDraft(toDraft(saved));
      setMessage('Saved.');
    } catch (error) {
      setMessage(asApiError(error).message);
    }
  }

  return (
    <form className="report-settings" onSubmit={(e) => void save(e)}>
      <label className="report-filter">
        <span>Yearly goal (fees placed)</span>
        <input className="input" inputMode="decimal" value={draft.goal} placeholder="No goal" onChange={(e) => setDraft({ ...draft, goal: e.target.value })} />
      </label>
      <label className="report-filter">
        <span>Currency</span>
        <input
            className="input input--short uppercase"
            maxLength={3}
            autoComplete="off"
            {...suggestCurrencies}
            value={draft.currency}
            onChange={(e) => setDraft({ ...draft, currency: e.target.value })}
          />
          <CurrencySuggestions />
      </label>
      <label className="report-filter">
        <span>Stuck after (days without a move)</span>
        <input className="input input--short" inputMode="numeric" value={draft.stuckDays} onChange={(e) => setDraft({ ...draft, stuckDays: e.target.value })} />
      </label>
      <fieldset className="report-settings-probabilities">
        <legend>Chance of a placement, for the forecast (%)</legend>
        {forecastStages.map((stage) => (
          <label key={stage} className="report-filter">
            <span>{stageLabels[stage]}</span>
            <input
              className="input input--short"
              inputMode="numeric"
              value={draft.probabilities[stage]}
              onChange={(e) => setDraft({ ...draft, probabilities: { ...draft.probabilities, [stage]: e.target.value } })}
            />
          </label>
        ))}
      </fieldset>
      <div className="report-settings-actions">
        <Button type="submit" variant="primary">
          Save
        </Button>
        {message && (
          <span className="muted" role="status">
            {message}
          </span>
        )}
      </div>
    </form>
  );
}

function toDraft(s: ReportSettings) {
  return {
    goal: s.yearlyGoal ? String(s.yearlyGoal.amount) : '',
    currency: s.yearlyGoal?.currency ?? 'EUR',
    probabilities: Object.fromEntries(forecastStages.map((stage) => [stage, String(Math.round(s.probabilities[stage] * 100))])),
    stuckDays: String(s.stuckDays),
  };
}
