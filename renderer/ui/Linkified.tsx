/** A web address in typed text (a meeting link): a link the recruiter can click; the rest stays text. */
const URL_PATTERN = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]])/;

export function Linkified({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, i) =>
        // split() with one capture group puts the matches at the odd places.
        i % 2 === 1 ? (
          <a key={i} className="link" href={part} target="_blank" rel="noreferrer">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
