import { Sparkles } from 'lucide-react';
import { useData } from '../api/data';
import { FollowUpRule } from './FollowUpRule';
import { SettingsCard } from './SettingsCard';

/** The follow-ups Shortlist proposes from the data: each can be switched off, and most wait a number of days. */
export function FollowUpRulesSection() {
  const { data: rules, error } = useData('reminders.rules', {});
  return (
    <SettingsCard
      id="rules-heading"
      icon={Sparkles}
      title="Follow-up rules"
      lead="Shortlist proposes these follow-ups from your data and puts them on Today. Switch off what you would rather track yourself."
      error={error}
    >
      {rules && (
        <ul className="settings-rules" aria-label="Follow-up rules">
          {rules.map((rule) => (
            <FollowUpRule key={rule.rule} setting={rule} />
          ))}
        </ul>
      )}
    </SettingsCard>
  );
}
