import type { LikelyDuplicate } from '../../src/api/sharing';
import { describeMatch, roleOf } from './sharingFormat';

/** One likely duplicate in a line: both names, what each does, and what matched. */
export function DuplicatePairLine({ pair }: { pair: LikelyDuplicate }) {
  const [a, b] = pair.candidates;
  const who = (person: typeof a) => {
    const role = roleOf(person);
    return (
      <span>
        <strong>{person.name}</strong>
        {role && <span className="muted"> ({role})</span>}
      </span>
    );
  };
  return (
    <li className="sharing-pair-line">
      <span>
        {who(a)} and {who(b)}
      </span>
      <span className="badge sharing-match">{describeMatch(pair.matchedOn)}</span>
    </li>
  );
}
