import { Check } from 'lucide-react';
import { askedSections, intakeSectionTitles, type IntakeSection } from '../../src/api/intake';
import { intakeParts, partElementId } from './intakeParts';

/** Jumps to a part of the form and puts the cursor in its first box. */
function goTo(partId: string) {
  const part = document.getElementById(partElementId(partId));
  if (!part) return;
  part.scrollIntoView({ behavior: 'smooth', block: 'start' });
  part.querySelector<HTMLElement>('input, textarea, select, button')?.focus({ preventScroll: true });
}

/** Beside the form: every section, ticked once it holds something, and a way to jump to it. */
export function IntakeOutline({ filled }: { filled: Set<IntakeSection> }) {
  const done = askedSections.filter((s) => filled.has(s)).length;
  return (
    <nav className="intake-outline" aria-label="Intake sections">
      <p className="intake-outline-count">
        <span className="intake-outline-done">{done}</span> of {askedSections.length} sections filled
      </p>
      <div className="intake-outline-bar" aria-hidden>
        <span style={{ width: `${(done / askedSections.length) * 100}%` }} />
      </div>
      <ul className="intake-outline-parts">
        {intakeParts
          .filter((part) => part.sections.length > 0)
          .map((part) => (
            <li key={part.id}>
              <button type="button" className="intake-outline-part" onClick={() => goTo(part.id)}>
                {part.title}
              </button>
              <ul className="intake-outline-sections">
                {part.sections.map((section) => (
                  <li key={section} className={filled.has(section) ? 'outline-section outline-section--filled' : 'outline-section'}>
                    <span className="outline-mark" aria-hidden>
                      {filled.has(section) && <Check size={10} strokeWidth={3} />}
                    </span>
                    {intakeSectionTitles[section]}
                    <span className="sr-only">{filled.has(section) ? ' (filled)' : ' (empty)'}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
      </ul>
    </nav>
  );
}
