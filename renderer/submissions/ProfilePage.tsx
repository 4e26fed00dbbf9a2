// Placeholder: being built.
export function ProfilePage({ id }: { id: string }) {
  return <p>{id}</p>;
}
