import type { JobBrief } from '../../../src/api/intake';

/** The brief as a one-page document: what the client reads to confirm the intake. */
export function BriefDocument({ brief }: { brief: JobBrief }) {
  return (
    <article className="brief-paper" aria-labelledby="brief-title">
      <header className="brief-head">
        <h1 className="brief-title" id="brief-title">
          {brief.title}
        </h1>
        <p className="brief-subtitle">{brief.subtitle}</p>
      </header>
      {brief.sections.map((section) => (
        <section key={section.heading} className="brief-section" aria-label={section.heading}>
          <h2 className="brief-heading">{section.heading}</h2>
          <ul className="brief-lines">
            {section.lines.map((line, i) => (
              // Lines that carry their own number (the interview stages) need no bullet as well.
              <li key={i} className={/^\d+\.\s/.test(line) ? 'brief-line--numbered' : undefined}>
                {line}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
