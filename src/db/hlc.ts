import type { Clock } from './clock';

/**
 * A hybrid logical clock. Every change gets a stamp that follows wall time when it can, never goes
 * backwards (even if the laptop's clock does), and ends with the device id, so stamps made on
 * different laptops are unique and totally ordered. Stamps compare correctly as plain strings:
 * `2026-11-22T05:25:22.123Z-0000-<device>`.
 *
 * One database file is one device, however many programs open it at once (the desktop app, the
 * CLI, the preview; each with a writer connection of its own). So that their stamps never tie,
 * `stored` reads the last stamp handed out by anyone, kept in the database, and `next` moves past
 * it first. Stamps are only made inside a write transaction (BEGIN IMMEDIATE), which SQLite lets
 * one connection hold at a time: reading, advancing and storing the clock there cannot interleave
 * with another program's. A device id per program would also keep stamps unique, but two writes
 * in the same millisecond would then sort by program id rather than by which came first, so a
 * submission's later stage change could sort before the one it followed; and every run of the
 * CLI would appear to a colleague as a laptop of its own.
 */
export class Hlc {
  private millis = 0;
  private counter = 0;
  /** The last stamp made here: when the stored one is still it, no other program wrote since. */
  private lastMade = '';

  constructor(
    private readonly clock: Clock,
    readonly deviceId: string,
    last?: string | null,
    private readonly stored?: () => string | null | undefined,
  ) {
    if (last) this.observe(last);
  }

  /**
   * `readStored: false` skips reading the stored stamp: only for the later stamps of one write
   * transaction whose first stamp read it, as no other program can write in between.
   */
  next(readStored = true): string {
    const shared = readStored ? this.stored?.() : undefined;
    if (shared && shared !== this.lastMade) this.observe(shared);
    const wall = this.clock.now().getTime();
    if (wall > this.millis) {
      this.millis = wall;
      this.counter = 0;
    } else if (this.counter < 0xffff) {
      this.counter += 1;
    } else {
      // A clock long behind a stamp already seen: step a millisecond on rather than ever refuse a write.
      this.millis += 1;
      this.counter = 0;
    }
    this.lastMade = format(this.millis, this.counter, this.deviceId);
    return this.lastMade;
  }

  /** Moves past a stamp seen from elsewhere (an import), so our next change sorts after it. */
  observe(stamp: string): void {
    const { millis, counter } = parse(stamp);
    if (millis > this.millis || (millis === this.millis && counter > this.counter)) {
      this.millis = millis;
      this.counter = counter;
    }
  }
}

function format(millis: number, counter: number, deviceId: string): string {
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${deviceId}`;
}

/**
 * A stamp for a change every laptop derives alike from what it holds (a colleague's row moved to
 * the candidate its own was merged into: src/sharing/candidateMerge.ts), so that each writes the
 * identical change and a merge finds it known. It sorts right after `after` and before any stamp
 * a clock makes after that one (a clock's stamps are all of one length and hold no '~'), so an
 * edit made later, anywhere, wins over it, and no clock ever makes it. `cause` (the merge's own
 * stamp) keeps two derivations after the same stamp apart, the later cause the later, and names
 * who the change is of.
 */
export const derivedStamp = (after: string, cause: string): string => `${after}~${cause}`;

/** A stamp's time, counter and device; a derived stamp's are those it follows, and its cause's device. */
export function parse(stamp: string): { millis: number; counter: number; deviceId: string } {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)-([0-9a-f]{4})-([^~]+)(?:~(.+))?$/.exec(stamp);
  if (!match) throw new Error(`Not a clock stamp: ${stamp}`);
  const deviceId = match[4] === undefined ? match[3]! : parse(match[4]).deviceId;
  return { millis: Date.parse(match[1]!), counter: parseInt(match[2]!, 16), deviceId };
}
