import type { Outcome } from '../api/errors';

/** What a transport (the preview's HTTP server, Electron's IPC) needs of the core: one way to call it. */
export interface CoreCalls {
  call(method: string, input: unknown): Promise<Outcome<unknown>>;
}
