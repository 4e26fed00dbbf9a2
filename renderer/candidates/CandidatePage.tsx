// Placeholder: being built.
export function CandidatePage({ id }: { id: string }) {
  return <p>{id}</p>;
}
