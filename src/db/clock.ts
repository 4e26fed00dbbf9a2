/** The one source of "now" in the core, so tests can freeze and advance time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
