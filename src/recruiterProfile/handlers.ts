import type { Handlers } from '../server/handler';
import { getRecruiterProfile, saveRecruiterProfile } from './recruiterProfile';

export const recruiterProfileHandlers: Handlers<'recruiterProfile.get' | 'recruiterProfile.save'> = {
  'recruiterProfile.get': getRecruiterProfile,
  'recruiterProfile.save': saveRecruiterProfile,
};
