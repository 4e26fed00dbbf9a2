import { useState } from 'react';
import { RuleSettingInput, type RuleSetting } from '../../src/api/reminders';
import { asApiError, change } from '../api/data';
import { Field } from '../ui/Field';
import { showToast } from '../ui/toasts';
import { errorIdFor } from '../ui/useForm';

/** One rule: its switch, what it watches for, and (for most) how many days it waits. Each change is saved at once. */
export function FollowUpRule({ setting }: { setting: RuleSetting }) {
  const { rule, label, description, days, daysLabel } = setting;
  // The switch moves at once; it moves back if the save fails.
  const [enabled, setEnabled] = useState(setting.enabled);
  const [daysText, setDaysText] = useState(days === null ? '' : String(days));
  const [error, setError] = useState<string>();
  const switchId = `rule-${rule}`;
  const daysId = `rule-${rule}-days`;

  /** Saves the rule as given; says whether it was saved. */
  async function save(next: { enabled: boolean; days: number | null }, what: string): Promise<boolean> {
    const checked = RuleSettingInput.safeParse({ rule, ...next });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      return false;
    }
    try {
      await change('reminders.saveRules', { rules: [checked.data] });
      setError(undefined);
      showToast({ message: `${label}: ${what}` });
      return true;
    } catch (failure) {
      const { field, message } = asApiError(failure);
      if (field?.endsWith('days')) setError(message);
      else showToast({ message, tone: 'error' });
      return false;
    }
  }

  async function toggle(on: boolean) {
    setEnabled(on);
    if (!(await save({ enabled: on, days }, on ? 'on' : 'off'))) setEnabled(!on);
  }

  function saveDays() {
    const chosen = daysText.trim() === '' ? NaN : Number(daysText);
    if (chosen === days) return setError(undefined);
    void save({ enabled, days: chosen }, `${chosen} ${chosen === 1 ? 'day' : 'days'}`);
  }

  return (
    <li className={enabled ? 'settings-rule' : 'settings-rule settings-rule--off'}>
      <div className="settings-rule-text">
        <label className="switch" htmlFor={switchId}>
          <input
            id={switchId}
            type="checkbox"
            role="switch"
            checked={enabled}
            aria-describedby={`${switchId}-description`}
            onChange={(e) => void toggle(e.target.checked)}
          />
          <span className="switch-track" aria-hidden>
            <span className="switch-thumb" />
          </span>
          <span className="settings-rule-label">{label}</span>
        </label>
        <p className="settings-rule-description muted" id={`${switchId}-description`}>
          {description}
        </p>
      </div>
      {daysLabel !== null && (
        <Field label={daysLabel} controlId={daysId} error={error} className="settings-rule-days">
          <input
            id={daysId}
            className="input"
            type="number"
            inputMode="numeric"
            min={0}
            max={365}
            value={daysText}
            disabled={!enabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorIdFor(daysId) : undefined}
            onChange={(e) => setDaysText(e.target.value)}
            onBlur={saveDays}
            onKeyDown={(e) => e.key === 'Enter' && saveDays()}
          />
        </Field>
      )}
    </li>
  );
}
