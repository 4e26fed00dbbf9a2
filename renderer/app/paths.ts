/** Every screen's address, in one place, so links and redirects cannot drift apart. */
export const paths = {
  today: '/today',
  clients: '/clients',
  client: (id: string) => `/clients/${id}`,
  jobs: '/jobs',
  candidates: '/candidates',
  trash: '/trash',
  settings: '/settings',
} as const;
