import { describe, expect, it } from 'vitest';
import { Hlc, parse } from '../../src/db/hlc';
import { TestClock } from './helpers';

describe('hybrid logical clock', () => {
  it('stamps follow wall time and sort as strings', () => {
    const clock = new TestClock();
    const hlc = new Hlc(clock, 'device-a');
    const first = hlc.next();
    clock.advance(5);
    const second = hlc.next();
    expect(parse(first).millis).toBe(clock.now().getTime() - 5);
    expect(second > first).toBe(true);
  });

  it('never goes backwards when the laptop clock does', () => {
    const clock = new TestClock();
    const hlc = new Hlc(clock, 'device-a');
    const stamps = [hlc.next()];
    clock.advance(-60_000);
    stamps.push(hlc.next(), hlc.next());
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(3);
  });

  it('keeps stamping, in order, long after the clock fell behind', () => {
    const clock = new TestClock();
    const hlc = new Hlc(clock, 'device-a');
    clock.advance(365 * 86_400_000);
    const future = hlc.next();
    clock.advance(-365 * 86_400_000);
    let previous = future;
    for (let i = 0; i < 70_000; i++) {
      const stamp = hlc.next();
      expect(stamp > previous).toBe(true);
      previous = stamp;
    }
  });

  it('moves past a stamp seen from another device', () => {
    const clock = new TestClock();
    const ours = new Hlc(clock, 'device-a');
    const theirs = new Hlc(new TestClock(clock.now().getTime() + 3_600_000), 'device-b');
    const remote = theirs.next();
    ours.observe(remote);
    expect(ours.next() > remote).toBe(true);
  });

  it('resumes after the last stamp it was given', () => {
    const clock = new TestClock();
    const before = new Hlc(clock, 'device-a').next();
    expect(new Hlc(clock, 'device-a', before).next() > before).toBe(true);
  });
});
