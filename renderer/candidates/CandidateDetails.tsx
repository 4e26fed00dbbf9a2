import { ExternalLink, Mail, Phone } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Candidate } from '../../src/api/candidates';
import { formatMoney } from '../ui/format';
import { displayLink } from './candidateFormat';

export function CandidateDetails({ candidate }: { candidate: Candidate }) {
  const c = candidate;
  return (
    <section className="card" aria-labelledby="candidate-details-heading">
      <h2 className="card-title" id="candidate-details-heading">
        Details
      </h2>
      <dl className="details">
        <Detail term="Email">
          {c.emails.length > 0 && (
            <ul className="detail-lines">
              {c.emails.map((email) => (
                <li key={email}>
                  <a className="link" href={`mailto:${email}`}>
                    <Mail size={13} aria-hidden className="inline-icon" />
                    {email}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Detail>
        <Detail term="Phone">
          {c.phones.length > 0 && (
            <ul className="detail-lines">
              {c.phones.map((phone) => (
                <li key={phone}>
                  <Phone size={13} aria-hidden className="inline-icon" />
                  {phone}
                </li>
              ))}
            </ul>
          )}
        </Detail>
        <Detail term="Location">{c.location}</Detail>
        <Detail term="Salary expectation">{c.salaryExpectation && formatMoney(c.salaryExpectation)}</Detail>
        <Detail term="Availability">{c.availability}</Detail>
        <Detail term="Work authorisation">{c.workAuthorisation}</Detail>
        <Detail term="Source">{c.source}</Detail>
        <Detail term="Owner">{c.owner}</Detail>
        <Detail term="Links">
          {c.links.length > 0 && (
            <ul className="detail-lines">
              {c.links.map((url) => (
                <li key={url} className="truncate">
                  {/* The desktop shell sends target=_blank links to the system browser. */}
                  <a href={url} target="_blank" rel="noopener noreferrer" className="link" title={url}>
                    {displayLink(url)}
                    <ExternalLink size={12} aria-hidden className="inline-icon-after" />
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Detail>
      </dl>
      <div className="candidate-skills">
        <h3 className="detail-term">Skills</h3>
        {c.skills.length > 0 ? (
          <ul className="tags" aria-label="Skills">
            {c.skills.map((skill) => (
              <li key={skill} className="tag">
                {skill}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None recorded yet. Edit the candidate to add what they are good at.</p>
        )}
      </div>
    </section>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="detail">
      <dt className="detail-term">{term}</dt>
      <dd className="detail-value">{children || <span className="muted">Not set</span>}</dd>
    </div>
  );
}
