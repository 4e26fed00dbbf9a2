import { validate, version } from 'uuid';
import { describe, expect, it } from 'vitest';
import { newUuidV7 } from '../../src/db/ids';

describe('new ids', () => {
  it('are UUIDv7, all different, and increase in the order they were made, many to a millisecond', () => {
    // More than one pool of random bytes, so drawing a fresh pool keeps them increasing too.
    const ids = Array.from({ length: 2000 }, newUuidV7);
    expect(ids.every((id) => validate(id) && version(id) === 7)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
