/** The one source of "now" in the core, so tests can freeze and advance time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The recruiter's calendar day (in this computer's time zone) as YYYY-MM-DD. */
export function today(clock: Clock): string {
  const now = clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
