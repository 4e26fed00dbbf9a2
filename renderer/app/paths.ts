/** Every screen's address, in one place, so links and redirects cannot drift apart. */
export const paths = {
  today: '/today',
  clients: '/clients',
  client: (id: string) => `/clients/${id}`,
  jobs: '/jobs',
  job: (id: string) => `/jobs/${id}`,
  jobIntake: (id: string) => `/jobs/${id}/intake`,
  jobBrief: (id: string) => `/jobs/${id}/brief`,
  jobPipeline: (id: string) => `/jobs/${id}/pipeline`,
  candidates: '/candidates',
  candidate: (id: string) => `/candidates/${id}`,
  submission: (id: string) => `/submissions/${id}`,
  submissionProfile: (id: string) => `/submissions/${id}/profile`,
  trash: '/trash',
  settings: '/settings',
} as const;
