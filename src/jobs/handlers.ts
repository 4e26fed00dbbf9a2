import type { Method } from '../api/contract';
import { contactName, getContact } from '../clients/contacts';
import type { Core } from '../db/core';
import type { Handlers } from '../server/handler';
import { closeJob, closingPlan } from '../submissions/closeJob';
import { jobBrief } from './brief';
import { completeness, currentIntake, intakeRevisions, saveIntake } from './intake';
import { listJobs } from './jobList';
import { createJob, deleteJob, getJob, statusHistory, updateJob } from './jobs';

type JobMethods = Extract<Method, `jobs.${string}` | `intake.${string}`>;

/** A contact of the job, or null once they have left (been deleted). */
function liveContact(core: Core, id: string | null) {
  if (id === null) return null;
  try {
    return getContact(core, id);
  } catch {
    return null;
  }
}

export const jobHandlers: Handlers<JobMethods> = {
  'jobs.list': listJobs,
  'jobs.get': (core, { id }) => {
    const job = getJob(core, id);
    const intake = currentIntake(core, id);
    return {
      job,
      statusHistory: statusHistory(core, id),
      hiringManager: liveContact(core, job.hiringManagerId),
      hrContact: liveContact(core, job.hrContactId),
      intake,
      completeness: completeness(intake),
    };
  },
  'jobs.create': createJob,
  'jobs.update': updateJob,
  'jobs.delete': (core, { id }) => {
    deleteJob(core, id);
    return { ok: true };
  },
  'jobs.closingPlan': (core, { id }) => closingPlan(core, id),
  'jobs.close': closeJob,
  'jobs.brief': (core, { id }) => jobBrief(getJob(core, id), currentIntake(core, id), (contactId) => contactName(core, contactId).name),
  'intake.save': saveIntake,
  'intake.history': (core, { jobId }) => {
    getJob(core, jobId);
    return intakeRevisions(core, jobId).reverse();
  },
};
