// Placeholder: being built.
export function SubmissionPage({ id }: { id: string }) {
  return <p>{id}</p>;
}
