import { afterAll, beforeAll } from 'vitest';
import { postgresMissing, startPostgres, type TestPostgres } from '../../scripts/throwaway-postgres';

export { postgresMissing, type TestPostgres } from '../../scripts/throwaway-postgres';

if (postgresMissing) console.warn(`[pg-helpers] ${postgresMissing}`);

/** One server for the test file's tests, started before them and stopped after; the getter gives it. */
export function usePostgres(): () => TestPostgres {
  let server: TestPostgres | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);
  return () => server!;
}
