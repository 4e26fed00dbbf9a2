import { ArrowRight, CalendarArrowDown, CalendarClock, CalendarX2, MessageSquareQuote, NotebookPen, Undo2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { interviewName } from '../../../src/api/interviewName';
import {
  interviewFormatLabels,
  isClosed,
  openStages,
  stageLabels,
  type Feedback,
  type Interview,
  type PrepNote,
  type StageChange,
  type StageName,
} from '../../../src/api/submissions';
import { asApiError, change } from '../../api/data';
import { exportToCalendar } from '../../followUps/followUpActions';
import { formatDay, formatFull, formatMoment } from '../../ui/dates';
import { showToast } from '../../ui/toasts';
import { SentimentChip } from '../SentimentChip';
import { formatInterviewTime, isUpcoming } from './interviewTime';
import { openSubmissionDialog } from './submissionStore';
import { Linkified } from '../../ui/Linkified';

interface ItemProps {
  kind: 'stage' | 'interview' | 'feedback' | 'prep';
  icon: ReactNode;
  title: ReactNode;
  at: string;
  /** Interviews show their own time in their body; the meta line then says nothing. */
  hideTime?: boolean;
  children?: ReactNode;
  extra?: string;
  /** A move takes the colour of the stage it moved to. */
  stage?: StageName;
}

function Item({ kind, icon, title, at, hideTime, children, extra, stage }: ItemProps) {
  return (
    <li className={['story-item', `story-item--${kind}`, extra].filter(Boolean).join(' ')}>
      <span className={stage ? `story-marker stage--${stage}` : 'story-marker'} aria-hidden>
        {icon}
      </span>
      <div className="story-content">
        <div className="story-head">
          <h3 className="story-title">{title}</h3>
          {!hideTime && (
            <time className="timeline-time" dateTime={at} title={formatFull(at)}>
              {formatMoment(at)}
            </time>
          )}
        </div>
        {children}
      </div>
    </li>
  );
}

const order = (stage: StageName) => (openStages as readonly StageName[]).indexOf(stage);

export function StageItem({ change: move, previous }: { change: StageChange; previous: StageChange | undefined }) {
  const back = previous !== undefined && !isClosed(move.stage) && (isClosed(previous.stage) || order(move.stage) < order(previous.stage));
  const title = previous === undefined ? `Added as ${stageLabels[move.stage]}` : `Moved to ${stageLabels[move.stage]}`;
  return (
    <Item
      kind="stage"
      icon={back ? <Undo2 size={13} /> : <ArrowRight size={13} />}
      title={
        <>
          {title}
          {move.step && <span className="story-step"> · {move.step}</span>}
        </>
      }
      at={move.at}
      stage={move.stage}
    >
      {move.reason && <p className="story-reason prose">“{move.reason}”</p>}
    </Item>
  );
}

async function cancelInterview(interview: Interview) {
  try {
    await change('interviews.update', { id: interview.id, cancelled: true });
    showToast({
      message: `${interviewName(interview.step, { capital: true })} on ${formatInterviewTime(interview)} cancelled`,
      about: `interview:${interview.id}`,
      action: { label: 'Undo', run: async () => void (await change('interviews.update', { id: interview.id, cancelled: false })) },
    });
  } catch (error) {
    showToast({ message: asApiError(error).message, tone: 'error' });
  }
}

export function InterviewItem({ interview }: { interview: Interview }) {
  const upcoming = !interview.cancelled && isUpcoming(interview);
  const names = interview.interviewers.map((i) => i.name);
  return (
    <Item
      kind="interview"
      icon={interview.cancelled ? <CalendarX2 size={13} /> : <CalendarClock size={13} />}
      title={
        <>
          {interviewName(interview.step, { capital: true })}
          <span className="story-step"> · {interviewFormatLabels[interview.format]}</span>
          {upcoming && <span className="story-badge story-badge--upcoming">Upcoming</span>}
          {interview.cancelled && <span className="story-badge story-badge--cancelled">Cancelled</span>}
        </>
      }
      at={interview.startsAt}
      hideTime
      extra={interview.cancelled ? 'story-item--cancelled' : undefined}
    >
      <p className="story-when">
        <time dateTime={interview.startsAt}>{formatInterviewTime(interview)}</time>
      </p>
      {(names.length > 0 || interview.place) && (
        <p className="story-detail muted">
          {names.length > 0 && <>With {names.join(', ')}</>}
          {names.length > 0 && interview.place && ' · '}
          {interview.place && (
            <span className="selectable">
              <Linkified text={interview.place} />
            </span>
          )}
        </p>
      )}
      {!interview.cancelled && (
        <div className="story-actions">
          <button type="button" className="story-action" onClick={() => void exportToCalendar({ interviewId: interview.id })}>
            <CalendarArrowDown size={13} aria-hidden />
            Add to calendar
          </button>
          <button type="button" className="story-action" onClick={() => void cancelInterview(interview)}>
            Cancel interview
          </button>
        </div>
      )}
    </Item>
  );
}

export function FeedbackItem({ feedback }: { feedback: Feedback }) {
  const from = feedback.contact?.name ?? 'the client';
  return (
    <Item
      kind="feedback"
      icon={<MessageSquareQuote size={13} />}
      title={
        <>
          Feedback from {from}
          <SentimentChip sentiment={feedback.sentiment} />
        </>
      }
      at={feedback.createdAt}
      extra={`story-item--${feedback.sentiment}`}
    >
      <p className="story-detail muted">Received {formatDay(feedback.receivedOn)}</p>
      {feedback.text && <p className="story-text prose">{feedback.text}</p>}
      {feedback.concerns.length > 0 && (
        <div className="concerns">
          <h4 className="concerns-title">Concerns</h4>
          <ul className="concerns-list" aria-label={`Concerns from ${from}`}>
            {feedback.concerns.map((concern, i) => (
              <li key={i} className="concern">
                <span className="concern-text">{concern}</span>
                <button
                  type="button"
                  className="story-action concern-action"
                  aria-label={`Turn “${concern}” into a prep note`}
                  onClick={() => openSubmissionDialog({ kind: 'prep', body: prepFromConcern(concern, from) })}
                >
                  <NotebookPen size={13} aria-hidden />
                  Make a prep note
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Item>
  );
}

/** The start of a prep note: the concern in the client's words, for the recruiter to add how to answer it. */
function prepFromConcern(concern: string, from: string): string {
  return `${from} raised: “${concern}”\nHow to address it: `;
}

export function PrepItem({ note }: { note: PrepNote }) {
  return (
    <Item kind="prep" icon={<NotebookPen size={13} />} title="Prep note for the candidate" at={note.createdAt}>
      <p className="story-text prose">{note.body}</p>
    </Item>
  );
}
