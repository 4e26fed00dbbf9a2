import { ArrowRight, Check, TriangleAlert } from 'lucide-react';
import type { DuplicateMatch } from '../../src/api/candidates';
import { Button } from '../ui/Button';
import { Initials } from '../ui/Initials';
import { currentRole } from './candidateFormat';

const matchWords: Record<DuplicateMatch['matchedOn'][number], string> = {
  email: 'email',
  phone: 'phone number',
  name_and_employer: 'name and employer',
};

/** "same email and phone number": what made the core think it is the same person. */
export const describeMatch = (match: DuplicateMatch) => `same ${match.matchedOn.map((on) => matchWords[on]).join(' and ')}`;

interface DuplicateWarningProps {
  matches: DuplicateMatch[];
  /** The core's refusal to create the candidate, when saving ran into a look-alike. */
  refusal: string | null;
  confirmedOthers: number;
  onOpen: (match: DuplicateMatch) => void;
  onSomeoneElse: () => void;
}

/**
 * The people already on file who look like the one being typed, with a way to open them instead
 * and a way to say this is someone else. A live region, so a screen reader hears the warning too.
 */
export function DuplicateWarning({ matches, refusal, confirmedOthers, onOpen, onSomeoneElse }: DuplicateWarningProps) {
  const warn = matches.length > 0 || refusal !== null;
  return (
    <div className="duplicate-region" aria-live="polite">
      {warn ? (
        <section className="duplicate-warning" aria-labelledby="duplicate-heading">
          <header className="duplicate-header">
            <TriangleAlert size={16} aria-hidden className="duplicate-icon" />
            <div className="duplicate-text">
              <h3 className="duplicate-title" id="duplicate-heading">
                {matches.length > 1 ? `${matches.length} people on file look like this candidate` : 'Already on file?'}
              </h3>
              <p className="duplicate-lead">
                {refusal ?? 'Open them instead of keeping two records of one person.'}
              </p>
            </div>
            <Button variant="ghost" className="duplicate-dismiss" onClick={onSomeoneElse}>
              This is someone else
            </Button>
          </header>
          {matches.length > 0 && (
            <ul className="duplicate-list" aria-label="Candidates on file who look the same">
              {matches.map((match) => {
                const role = currentRole(match);
                return (
                  <li key={match.id} className="duplicate-match">
                    <Initials name={match.name} />
                    <p className="duplicate-who">
                      <span className="duplicate-name">{match.name}</span>
                      {role && <span className="muted"> · {role}</span>}
                      <span className="duplicate-on"> — {describeMatch(match)}</span>
                    </p>
                    <Button icon={ArrowRight} aria-label={`Open ${match.name}`} onClick={() => onOpen(match)}>
                      Open
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ) : (
        confirmedOthers > 0 && (
          <p className="duplicate-confirmed">
            <Check size={14} aria-hidden className="inline-icon" />
            You said this is someone else: saving keeps both records.
          </p>
        )
      )}
    </div>
  );
}
