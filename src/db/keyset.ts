import { ApiError } from '../api/errors';
import type { SqlValue } from './records';

/**
 * Cursors for keyset pagination: the sort key of the last row seen, opaque to the caller. Pages
 * are fetched with `WHERE (key, id) > (?, ?)` so page 1000 costs the same as page 1.
 */
export function encodeCursor(key: readonly SqlValue[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): SqlValue[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return key as SqlValue[];
    }
  } catch {
    // fall through to the error below
  }
  throw new ApiError('invalid_input', 'This list position is no longer valid; reload the list.', 'cursor');
}

/** Escapes a person's search text for a LIKE pattern (with ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
