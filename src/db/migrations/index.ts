import { foundation } from './001-foundation';
import { jobsAndIntake } from './002-jobs-and-intake';
import { candidatesAndSubmissions } from './003-candidates-and-submissions';
import { search } from './004-search';
import { reminders } from './005-reminders';
import { sharing } from './006-sharing';
import { searchQueue } from './007-search-queue';
import { searchTrash } from './008-search-trash';
import type { Migration } from './types';

/** In order; a migration's version is its position. Append, never reorder or edit. */
export const migrations: readonly Migration[] = [foundation, jobsAndIntake, candidatesAndSubmissions, search, reminders, sharing, searchQueue, searchTrash];

export const latestVersion = migrations.length;
