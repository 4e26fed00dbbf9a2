import { ipcMain } from 'electron';
import type { Outcome } from '../src/api/errors';
import type { Core } from '../src/db/core';
import { dispatch, parseInput } from '../src/server/dispatch';
import { savePdf } from './pdf';
import { CALL_CHANNEL, isTrustedSender } from './policy';

/**
 * Answers the preload's calls with the core, the same dispatcher the HTTP preview uses; the few
 * methods that need the window itself (saving a PDF) are answered here.
 */
export function serveContract(core: Core): void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown): Outcome<unknown> | Promise<Outcome<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) {
      console.warn(`[shortlist] refused a call from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
      return refused('Only Shortlist’s own window may use its data.');
    }
    if (typeof method !== 'string') return refused('A call needs the name of a method.');
    if (method === 'desktop.savePdf') {
      const parsed = parseInput('desktop.savePdf', input);
      if (!parsed.ok) return parsed;
      return savePdf(event.sender, parsed.result.fileName).then(
        (result) => ({ ok: true, result }),
        (error: unknown) => {
          console.error('[shortlist] could not save the PDF', error);
          return { ok: false, error: { code: 'internal', message: `The PDF could not be saved: ${String(error)}` } };
        },
      );
    }
    return dispatch(core, method, input);
  });
}

function refused(message: string): Outcome<never> {
  return { ok: false, error: { code: 'bad_request', message } };
}
