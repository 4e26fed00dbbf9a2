import type { Outcome } from '../api/errors';

/** What a transport (the preview's HTTP server, Electron's IPC) needs of the core: one way to call it. */
export interface CoreCalls {
  call(method: string, input: unknown, options?: CallOptions): Promise<Outcome<unknown>>;
}

export interface CallOptions {
  /**
   * Aborted when nobody waits for the answer any more (the page that asked was left): a read not
   * yet started is then dropped and answered `cancelled`. Writes and started reads run to their end.
   */
  signal?: AbortSignal;
}
