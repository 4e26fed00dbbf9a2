import { Pencil, Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { screeningQuestionLabels, screeningQuestions, type Candidate, type ScreeningQuestion } from '../../src/api/candidates';
import { asApiError, change } from '../api/data';
import { Button } from '../ui/Button';
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

const buttonIdOf = (question: ScreeningQuestion) => `screening-${question}-button`;

/** Done or cancelled, the keyboard goes back to the question's own button. */
function stopAnswering(question: ScreeningQuestion) {
  setAnswering(null);
  requestAnimationFrame(() => document.getElementById(buttonIdOf(question))?.focus());
}

/** The five screening questions, answered in place one at a time. */
export function ScreeningSection({ candidate }: { candidate: Candidate }) {
  const answered = screeningQuestions.filter((q) => candidate.screening[q]).length;
  return (
    <section className="card" aria-labelledby="screening-heading">
      <header className="card-header card-header--stacked">
        <h2 className="card-title" id="screening-heading">
          Screening{' '}
          <span className="count">
            {answered}/{screeningQuestions.length}
            <span className="sr-only"> answered</span>
          </span>
        </h2>
        <p className="muted">What you learned when you screened {candidate.name}.</p>
      </header>
      <ol className="screening">
        {screeningQuestions.map((question) => (
          <ScreeningAnswer key={question} candidate={candidate} question={question} />
        ))}
      </ol>
    </section>
  );
}

function ScreeningAnswer({ candidate, question }: { candidate: Candidate; question: ScreeningQuestion }) {
  const answering = useCandidatePage((s) => s.answering === question);
  const headingId = useId();
  const answer = candidate.screening[question];
  const label = screeningQuestionLabels[question];
  return (
    <li className={answering ? 'screening-item screening-item--editing' : 'screening-item'} aria-labelledby={headingId}>
      <div className="screening-head">
        <h3 className="screening-question" id={headingId}>
          {label}
        </h3>
        {/* One button whatever the answer, so focus stays on it when an answer is saved. */}
        {!answering && (
          <Button
            id={buttonIdOf(question)}
            variant="ghost"
            icon={answer ? Pencil : Plus}
            className={answer ? 'screening-edit' : undefined}
            aria-label={answer ? `Edit the answer to “${label}”` : `Answer “${label}”`}
            onClick={() => setAnswering(question)}
          >
            {answer ? 'Edit' : 'Answer'}
          </Button>
        )}
      </div>
      {answering ? (
        <AnswerEditor candidate={candidate} question={question} />
      ) : answer ? (
        <p className="screening-answer prose">{answer}</p>
      ) : (
        <p className="screening-prompt">{prompts[question]}</p>
      )}
    </li>
  );
}

function AnswerEditor({ candidate, question }: { candidate: Candidate; question: ScreeningQuestion }) {
  const [text, setText] = useState(candidate.screening[question] ?? '');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = `screening-${question}`;

  async function save() {
    setSaving(true);
    setProblem(null);
    try {
      await change('candidates.update', { id: candidate.id, screening: { [question]: text } });
      stopAnswering(question);
    } catch (error) {
      setProblem(asApiError(error).message);
      setSaving(false);
    }
  }

  return (
    <form
      className="screening-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="sr-only" htmlFor={id}>
        {screeningQuestionLabels[question]}
      </label>
      <textarea
        id={id}
        className="input textarea"
        rows={3}
        autoFocus
        placeholder={prompts[question]}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorIdFor(id) : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            stopAnswering(question);
          }
        }}
      />
      {problem && (
        <p className="field-error" id={errorIdFor(id)}>
          {problem}
        </p>
      )}
      <div className="screening-editor-footer">
        <span className="hint">Ctrl+Enter to save · Esc to cancel</span>
        <Button onClick={() => stopAnswering(question)}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save answer'}
        </Button>
      </div>
    </form>
  );
}
