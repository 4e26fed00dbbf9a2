import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import type { Contact } from '../../src/api/clients';
import { Button, IconButton } from '../ui/Button';
import { Field } from '../ui/Field';
import { errorIdFor } from '../ui/useForm';
import { ContactChecks } from './ContactChecks';
import { newStage, type StageDraft } from './intakeDraft';
import type { IntakeForm } from './useIntakeForm';

/** Moves focus once React has drawn the change, so the keyboard stays where the recruiter is working. */
function focusSoon(id: string, fallback?: string) {
  requestAnimationFrame(() => {
    const target = document.getElementById(id);
    if (target instanceof HTMLButtonElement && target.disabled && fallback) document.getElementById(fallback)?.focus();
    else target?.focus();
  });
}

interface InterviewStagesEditorProps {
  form: IntakeForm;
  contacts: Contact[];
  clientName: string;
}

/** The interview process as ordered stages, each with who interviews; these become the steps of each submission. */
export function InterviewStagesEditor({ form, contacts, clientName }: InterviewStagesEditorProps) {
  const stages = form.draft.interviewStages;
  const set = (next: StageDraft[]) => form.update({ interviewStages: next });

  function add() {
    const stage = newStage();
    set([...stages, stage]);
    focusSoon(`stage-${stage.key}-name`);
  }

  function move(index: number, by: -1 | 1) {
    const next = [...stages];
    const [stage] = next.splice(index, 1);
    next.splice(index + by, 0, stage!);
    set(next);
    const [here, other] = by === -1 ? ['up', 'down'] : ['down', 'up'];
    focusSoon(`stage-${stage!.key}-${here}`, `stage-${stage!.key}-${other}`);
  }

  function remove(index: number) {
    const next = stages.filter((_, i) => i !== index);
    set(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusSoon(neighbour ? `stage-${neighbour.key}-name` : 'add-stage');
  }

  const change = (index: number, patch: Partial<StageDraft>) => set(stages.map((s, i) => (i === index ? { ...s, ...patch } : s)));

  return (
    <div className="stages-editor">
      {stages.length > 0 && (
        <ol className="stages" aria-label="Interview stages, in order">
          {stages.map((stage, i) => (
            <li key={stage.key} className="stage">
              <fieldset className="stage-fieldset">
                <legend className="stage-legend">
                  <span className="stage-number" aria-hidden>
                    {i + 1}
                  </span>
                  Stage {i + 1}
                </legend>
                <div className="stage-tools">
                  <IconButton id={`stage-${stage.key}-up`} icon={ArrowUp} label={`Move stage ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)} />
                  <IconButton
                    id={`stage-${stage.key}-down`}
                    icon={ArrowDown}
                    label={`Move stage ${i + 1} down`}
                    disabled={i === stages.length - 1}
                    onClick={() => move(i, 1)}
                  />
                  <IconButton icon={Trash2} tone="danger" label={`Remove stage ${i + 1}`} onClick={() => remove(i)} />
                </div>
                <StageFields form={form} stage={stage} index={i} contacts={contacts} clientName={clientName} onChange={(p) => change(i, p)} />
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <Button id="add-stage" icon={Plus} onClick={add}>
        {stages.length ? 'Add another stage' : 'Add the first stage'}
      </Button>
    </div>
  );
}

interface StageFieldsProps {
  form: IntakeForm;
  stage: StageDraft;
  index: number;
  contacts: Contact[];
  clientName: string;
  onChange: (patch: Partial<StageDraft>) => void;
}

function StageFields({ form, stage, index, contacts, clientName, onChange }: StageFieldsProps) {
  const path = `interviewStages.${index}`;
  const nameId = `stage-${stage.key}-name`;
  const noteId = `stage-${stage.key}-note`;
  const nameError = form.errorFor(`${path}.name`);
  const noteError = form.errorFor(`${path}.interviewersNote`);
  return (
    <div className="stage-fields">
      <Field label="Name" controlId={nameId} error={nameError}>
        <input
          id={nameId}
          className="input"
          placeholder="e.g. Phone screen, Technical interview, Final with the CTO"
          autoComplete="off"
          value={stage.name}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? errorIdFor(nameId) : undefined}
          onChange={(e) => onChange({ name: e.target.value })}
        />
      </Field>
      <ContactChecks
        legend="Interviewers"
        contacts={contacts}
        selected={stage.interviewerIds}
        onChange={(interviewerIds) => onChange({ interviewerIds })}
        error={form.errorFor(`${path}.interviewerIds`)}
        errorId={`stage-${stage.key}-interviewers-error`}
        compact
        empty={`No contacts at ${clientName} yet: name the interviewers below.`}
      />
      <Field label="Other interviewers" controlId={noteId} error={noteError}>
        <input
          id={noteId}
          className="input"
          placeholder="People who are not contacts yet, e.g. two senior engineers"
          autoComplete="off"
          value={stage.interviewersNote}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? errorIdFor(noteId) : undefined}
          onChange={(e) => onChange({ interviewersNote: e.target.value })}
        />
      </Field>
    </div>
  );
}
