import { ShieldAlert, ShieldCheck } from 'lucide-react';
import { consentBasisLabels, type Candidate } from '../../src/api/candidates';
import { Button } from '../ui/Button';
import { formatDay } from '../ui/dates';
import { setEditingCandidate } from './candidatePageStore';

/** On what basis Shortlist holds this person's data: personal data needs a reason, and its date. */
export function ConsentCard({ candidate }: { candidate: Candidate }) {
  const { consent } = candidate;
  return (
    <section className={consent ? 'card consent' : 'card consent consent--missing'} aria-labelledby="consent-heading">
      <h2 className="card-title card-title--icon" id="consent-heading">
        {consent ? <ShieldCheck size={16} aria-hidden /> : <ShieldAlert size={16} aria-hidden />}
        Consent
      </h2>
      {consent ? (
        <dl className="consent-details">
          <div className="detail">
            <dt className="detail-term">Basis</dt>
            <dd className="detail-value">{consentBasisLabels[consent.basis]}</dd>
          </div>
          <div className="detail">
            <dt className="detail-term">Recorded on</dt>
            <dd className="detail-value">{formatDay(consent.on)}</dd>
          </div>
          <div className="detail consent-source">
            <dt className="detail-term">How it was given</dt>
            <dd className="detail-value">{consent.source ?? <span className="muted">Not said</span>}</dd>
          </div>
        </dl>
      ) : (
        <>
          <p className="consent-missing-text">
            No basis recorded for holding {candidate.name}’s personal data. Note it now, so you can answer if they ask.
          </p>
          <Button onClick={() => setEditingCandidate('consent')}>Record consent</Button>
        </>
      )}
    </section>
  );
}
