import { v7 as uuidv7 } from 'uuid';

/** A seeded random source (mulberry32): the same seed makes the same data set, ids included. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  some<T>(items: readonly T[], min: number, max: number): T[] {
    const count = this.int(min, max);
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(this.pick(items));
    return [...chosen];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** UUIDv7 ids whose random part comes from the seed, at the given time. */
  idAt(millis: () => number): () => string {
    return () => uuidv7({ msecs: millis(), random: Uint8Array.from({ length: 16 }, () => this.int(0, 255)) });
  }
}
