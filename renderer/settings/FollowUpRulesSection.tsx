import { Sparkles } from 'lucide-react';
import { useData } from '../api/data';
import { FollowUpRule } from './FollowUpRule';

/** The follow-ups Shortlist proposes from the data: each can be switched off, and most wait a number of days. */
export function FollowUpRulesSection() {
  const { data: rules, error } = useData('reminders.rules', {});
  return (
    <section className="card" aria-labelledby="rules-heading">
      <h2 className="card-title card-title--icon" id="rules-heading">
        <Sparkles size={15} aria-hidden />
        Follow-up rules
      </h2>
      <p className="muted card-lead">
        Shortlist proposes these follow-ups from your data and puts them on Today. Switch off what you would rather track
        yourself.
      </p>
      {error && (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      )}
      {rules && (
        <ul className="settings-rules" aria-label="Follow-up rules">
          {rules.map((rule) => (
            <FollowUpRule key={rule.rule} setting={rule} />
          ))}
        </ul>
      )}
    </section>
  );
}
