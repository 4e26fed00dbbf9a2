import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Outcome } from '../src/api/errors';
import type { RecordRef } from '../src/api/desktop';
import { CALL_CHANNEL, OPEN_CHANNEL } from './policy';

// The page gets two functions, never Electron's IPC object itself: it can make contract calls, which the
// main process validates, and hear which record the main process asks it to open (a clicked
// notification). Nothing else crosses.
contextBridge.exposeInMainWorld('shortlist', {
  call: (method: string, input: unknown): Promise<Outcome<unknown>> => ipcRenderer.invoke(CALL_CHANNEL, method, input),
  onOpen: (listener: (record: RecordRef) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, record: RecordRef) => listener(record);
    ipcRenderer.on(OPEN_CHANNEL, forward);
    return () => ipcRenderer.removeListener(OPEN_CHANNEL, forward);
  },
});
