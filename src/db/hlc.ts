import type { Clock } from './clock';

/**
 * A hybrid logical clock. Every change gets a stamp that follows wall time when it can, never goes
 * backwards (even if the laptop's clock does), and ends with the device id, so stamps made on
 * different laptops are unique and totally ordered. Stamps compare correctly as plain strings:
 * `2026-11-22T05:25:22.123Z-0000-<device>`.
 */
export class Hlc {
  private millis = 0;
  private counter = 0;

  constructor(
    private readonly clock: Clock,
    readonly deviceId: string,
    last?: string | null,
  ) {
    if (last) this.observe(last);
  }

  next(): string {
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
    return format(this.millis, this.counter, this.deviceId);
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

export function parse(stamp: string): { millis: number; counter: number; deviceId: string } {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)-([0-9a-f]{4})-(.+)$/.exec(stamp);
  if (!match) throw new Error(`Not a clock stamp: ${stamp}`);
  return { millis: Date.parse(match[1]!), counter: parseInt(match[2]!, 16), deviceId: match[3]! };
}
