import { intakeSectionTitles, urgencyLabels, type IntakeRevision, type IntakeSection } from '../../src/api/intake';
import type { ReactNode } from 'react';
import { formatCadence, formatSubmissionTarget, interviewersOf } from './intakeFormat';

interface IntakeSummaryProps {
  intake: IntakeRevision;
  nameOf: (contactId: string) => string;
  /** When reading the history: marks the sections this revision changed, and leaves out the empty ones. */
  asRevision?: boolean;
}

/**
 * Every section and how wide it sits on a 12-column grid: the skills side by side, the two sides'
 * wishes in halves, the interview process in full, the short facts four to a row.
 */
const layout: [IntakeSection, 3 | 4 | 6 | 12][] = [
  ['mustHave', 4],
  ['niceToHave', 4],
  ['idealCandidateWords', 4],
  ['hiringManagerWants', 6],
  ['hrWants', 6],
  ['interviewStages', 12],
  ['submissionTarget', 3],
  ['meetingCadence', 3],
  ['urgency', 3],
  ['targetDaysToHire', 3],
  ['compensation', 4],
  ['sellingPoints', 4],
  ['dealBreakers', 4],
];

/** Every section of an intake, compactly; the empty ones say so. */
export function IntakeSummary({ intake, nameOf, asRevision }: IntakeSummaryProps) {
  return (
    <dl className="intake-summary">
      {layout.map(([section, span]) => {
        const value = renderSection(intake, section, nameOf);
        // An intake no longer asks urgency (the job's priority says it): an older one's is shown, an empty one left out.
        if ((asRevision || section === 'urgency') && value === null) return null;
        const changed = asRevision && intake.revision > 1 && intake.changed.includes(section);
        return (
          <div
            key={section}
            className={['intake-item', `intake-item--${section}`, `intake-span-${span}`, value === null && 'intake-item--empty']
              .filter(Boolean)
              .join(' ')}
          >
            <dt className="intake-term">
              {intakeSectionTitles[section]}
              {changed && <span className="badge badge--changed">Changed</span>}
            </dt>
            <dd className="intake-value">{value ?? <span className="muted">Not agreed yet</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}

function Tags({ items }: { items: string[] }) {
  return (
    <ul className="tags">
      {items.map((item) => (
        <li key={item} className="tag">
          {item}
        </li>
      ))}
    </ul>
  );
}

function renderSection(intake: IntakeRevision, section: IntakeSection, nameOf: (id: string) => string): ReactNode | null {
  switch (section) {
    case 'mustHave':
    case 'niceToHave':
    case 'idealCandidateWords':
      return intake[section].length ? <Tags items={intake[section]} /> : null;
    case 'hiringManagerWants':
    case 'hrWants':
    case 'compensation':
    case 'sellingPoints':
    case 'dealBreakers': {
      const text = intake[section];
      return text ? <p className="prose intake-text">{text}</p> : null;
    }
    case 'submissionTarget':
      return intake.submissionTarget ? formatSubmissionTarget(intake.submissionTarget) : null;
    case 'meetingCadence':
      return intake.meetingCadence ? formatCadence(intake.meetingCadence) : null;
    case 'interviewStages':
      return intake.interviewStages.length ? (
        <ol className="stage-list">
          {intake.interviewStages.map((stage, i) => {
            const who = interviewersOf(stage, nameOf);
            return (
              <li key={i} className="stage-line">
                <span className="stage-number" aria-hidden>
                  {i + 1}
                </span>
                <span>
                  <span className="stage-name">{stage.name}</span>
                  {who && <span className="muted"> · {who}</span>}
                </span>
              </li>
            );
          })}
        </ol>
      ) : null;
    case 'urgency':
      return intake.urgency ? <span className={`urgency urgency--${intake.urgency}`}>{urgencyLabels[intake.urgency]}</span> : null;
    case 'targetDaysToHire':
      return intake.targetDaysToHire === null ? null : `${intake.targetDaysToHire} ${intake.targetDaysToHire === 1 ? 'day' : 'days'}`;
  }
}
