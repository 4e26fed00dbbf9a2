import { foundation } from './001-foundation';
import type { Migration } from './types';

/** In order; a migration's version is its position. Append, never reorder or edit. */
export const migrations: readonly Migration[] = [foundation];

export const latestVersion = migrations.length;
