import { ipcMain } from 'electron';
import type { Outcome } from '../src/api/errors';
import type { Core } from '../src/db/core';
import { dispatch } from '../src/server/dispatch';
import { CALL_CHANNEL, isTrustedSender } from './policy';

/** Answers the preload's calls with the core, the same dispatcher the HTTP preview uses. */
export function serveContract(core: Core): void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown): Outcome<unknown> => {
    if (!isTrustedSender(event.senderFrame)) {
      console.warn(`[shortlist] refused a call from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
      return refused('Only Shortlist’s own window may use its data.');
    }
    if (typeof method !== 'string') return refused('A call needs the name of a method.');
    return dispatch(core, method, input);
  });
}

function refused(message: string): Outcome<never> {
  return { ok: false, error: { code: 'bad_request', message } };
}
