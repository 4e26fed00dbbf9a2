import { splitMatches } from './searchFormat';

/** Text from the search core with its matched words in <mark>, built as elements, never as HTML. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitMatches(text).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
