/** A quiet monogram, so a long list of companies or people is easier to scan. */
export function Initials({ name, size = 'small' }: { name: string; size?: 'small' | 'large' }) {
  const letters = name
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
  return (
    <span className={`initials initials--${size}`} aria-hidden>
      {letters || name.slice(0, 1).toUpperCase()}
    </span>
  );
}
