/** How many automatic backups stay: the newest of each of the last 24 hours, 7 days and 8 weeks. */
const KEEP = { hour: 24, day: 7, week: 8 } as const;

/** The hour, day and ISO week an instant falls in (UTC), as keys that sort with time. */
function buckets(at: Date): Record<keyof typeof KEEP, string> {
  const iso = at.toISOString();
  // ISO weeks start on Monday: step back to that Monday, and the week is named by it.
  const monday = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - ((at.getUTCDay() + 6) % 7)));
  return { hour: iso.slice(0, 13), day: iso.slice(0, 10), week: monday.toISOString().slice(0, 10) };
}

/**
 * Which of the automatic backups to remove: each one is kept when it is the newest of its hour
 * among the 24 newest hours that have one (and likewise for 7 days and 8 weeks), so a laptop used
 * a few hours a week still keeps weeks of history and never more than 39 copies.
 */
export function backupsToRemove<T extends { takenAt: Date }>(backups: readonly T[]): T[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const kept = new Set<T>();
  for (const period of Object.keys(KEEP) as (keyof typeof KEEP)[]) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const key = buckets(backup.takenAt)[period];
      if (seen.has(key)) continue;
      if (seen.size === KEEP[period]) break;
      seen.add(key);
      kept.add(backup);
    }
  }
  return newestFirst.filter((backup) => !kept.has(backup));
}
