import { contextBridge, ipcRenderer } from 'electron';
import type { Outcome } from '../src/api/errors';
import { CALL_CHANNEL } from './policy';

// The page gets one function on one channel, never ipcRenderer itself: whatever runs in the page
// can make contract calls, which the main process validates, and nothing else.
contextBridge.exposeInMainWorld('shortlist', {
  call: (method: string, input: unknown): Promise<Outcome<unknown>> => ipcRenderer.invoke(CALL_CHANNEL, method, input),
});
