/** The first tags of a row in a list, beside its name (the record's page shows them all). */
export function RowTags({ tags }: { tags: readonly string[] }) {
  return tags.slice(0, 2).map((tag) => (
    <span key={tag} className="tag tag--small row-tag">
      {tag}
    </span>
  ));
}
