import { Pencil, Plus } from 'lucide-react';
import { useRef, useState } from 'react';
import { screeningQuestionLabels, screeningQuestions, type Candidate, type ScreeningQuestion } from '../../src/api/candidates';
import { asApiError, change } from '../api/data';
import { Button } from '../ui/Button';
import { confirmLeave, useUnsavedChanges } from '../ui/unsavedChanges';
import { errorIdFor } from '../ui/useForm';
import { setAnswering, useCandidatePage } from './candidatePageStore';

/** What the recruiter is listening for with each question. */
const prompts: Record<ScreeningQuestion, string> = {
  whyLooking: 'What is pushing them out, and what would pull them in?',
  careerProgression: 'Where they have been, and where they want to go next.',
  certifications: 'Licences, certificates and degrees the role may ask for.',
  commute: 'Where they live, how far they will travel, remote or on site.',
  salary: 'Current package, expectation, and what would make them move.',
};

const OPEN_BUTTON_ID = 'screening-open-button';
const answerId = (question: ScreeningQuestion) => `screening-${question}`;

/** Done or cancelled, the keyboard goes back to the button that opened the answers. */
function stopAnswering() {
  setAnswering(null);
  requestAnimationFrame(() => document.getElementById(OPEN_BUTTON_ID)?.focus());
}

/**
 * The five screening questions. On a live call every answer is open at once and saved together,
 * so nothing typed in one answer is lost by moving to the next.
 */
export function ScreeningSection({ candidate }: { candidate: Candidate }) {
  const answering = useCandidatePage((s) => s.answering);
  const answered = screeningQuestions.filter((q) => candidate.screening[q]).length;
  const firstOpen = screeningQuestions.find((q) => !candidate.screening[q]) ?? screeningQuestions[0];
  return (
    <section className="card" aria-labelledby="screening-heading">
      <header className="card-header card-header--stacked">
        <div className="screening-title-row">
          <h2 className="card-title" id="screening-heading">
            Screening{' '}
            <span className="count">
              {answered}/{screeningQuestions.length}
              <span className="sr-only"> answered</span>
            </span>
          </h2>
          {!answering && (
            <Button id={OPEN_BUTTON_ID} variant="ghost" icon={answered ? Pencil : Plus} onClick={() => setAnswering(firstOpen)}>
              {answered ? 'Edit answers' : 'Screen now'}
            </Button>
          )}
        </div>
        <p className="muted">What you learned when you screened {candidate.name}.</p>
      </header>
      {answering ? (
        <AnswersForm candidate={candidate} focus={answering} />
      ) : (
        <ol className="screening">
          {screeningQuestions.map((question) => (
            <li key={question} className="screening-item">
              <div className="screening-head">
                <h3 className="screening-question">{screeningQuestionLabels[question]}</h3>
                <Button
                  variant="ghost"
                  icon={candidate.screening[question] ? Pencil : Plus}
                  className="screening-edit"
                  aria-label={
                    candidate.screening[question]
                      ? `Edit the answer to “${screeningQuestionLabels[question]}”`
                      : `Answer “${screeningQuestionLabels[question]}”`
                  }
                  onClick={() => setAnswering(question)}
                >
                  {candidate.screening[question] ? 'Edit' : 'Answer'}
                </Button>
              </div>
              {candidate.screening[question] ? (
                <p className="screening-answer prose">{candidate.screening[question]}</p>
              ) : (
                <p className="screening-prompt">{prompts[question]}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

type Answers = Record<ScreeningQuestion, string>;

function AnswersForm({ candidate, focus }: { candidate: Candidate; focus: ScreeningQuestion }) {
  const formRef = useRef<HTMLFormElement>(null);
  const saved = Object.fromEntries(screeningQuestions.map((q) => [q, candidate.screening[q] ?? ''])) as Answers;
  const [answers, setAnswers] = useState<Answers>(saved);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const dirty = screeningQuestions.some((q) => answers[q] !== saved[q]);
  const unsaved = useUnsavedChanges(dirty, () => formRef.current, save);

  async function save(): Promise<boolean> {
    setSaving(true);
    setProblem(null);
    try {
      await unsaved.saving(() => change('candidates.update', { id: candidate.id, screening: answers }));
      stopAnswering();
      return true;
    } catch (error) {
      setProblem(asApiError(error).message);
      setSaving(false);
      return false;
    }
  }

  return (
    <form
      ref={formRef}
      className="screening screening-editor"
      noValidate
      aria-label="Screening answers"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
          e.preventDefault();
          e.currentTarget.requestSubmit();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          // Asks about these answers only, not the note being written beside them.
          void confirmLeave(e.currentTarget).then((ok) => ok && stopAnswering());
        }
      }}
    >
      <ol className="screening-answers">
        {screeningQuestions.map((question) => (
          <li key={question} className="screening-item screening-item--editing">
            <label className="screening-question" htmlFor={answerId(question)}>
              {screeningQuestionLabels[question]}
            </label>
            <textarea
              id={answerId(question)}
              className="input textarea"
              rows={2}
              autoFocus={question === focus}
              placeholder={prompts[question]}
              value={answers[question]}
              onChange={(e) => setAnswers((a) => ({ ...a, [question]: e.target.value }))}
            />
          </li>
        ))}
      </ol>
      {problem && (
        <p className="field-error" id={errorIdFor('screening')} role="alert">
          {problem}
        </p>
      )}
      <div className="screening-editor-footer">
        <span className="hint">Ctrl+Enter to save · Esc to close</span>
        <Button onClick={stopAnswering}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save answers'}
        </Button>
      </div>
    </form>
  );
}
