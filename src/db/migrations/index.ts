import { foundation } from './001-foundation';
import { jobsAndIntake } from './002-jobs-and-intake';
import { candidatesAndSubmissions } from './003-candidates-and-submissions';
import type { Migration } from './types';

/** In order; a migration's version is its position. Append, never reorder or edit. */
export const migrations: readonly Migration[] = [foundation, jobsAndIntake, candidatesAndSubmissions];

export const latestVersion = migrations.length;
