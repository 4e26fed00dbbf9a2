import { foundation } from './001-foundation';
import { jobsAndIntake } from './002-jobs-and-intake';
import type { Migration } from './types';

/** In order; a migration's version is its position. Append, never reorder or edit. */
export const migrations: readonly Migration[] = [foundation, jobsAndIntake];

export const latestVersion = migrations.length;
