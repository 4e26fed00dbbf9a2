/** A calendar day moved by whole days, with no time zone to shift it. */
export function plusDaysOf(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
