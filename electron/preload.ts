import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Outcome } from '../src/api/errors';
import type { MenuCommand, RecordRef } from '../src/api/desktop';
import { CALL_CHANNEL, DROP_CHANNEL, MENU_CHANNEL, OPEN_CHANNEL } from './policy';

/** Passes the page what the main process sends on one channel, never the IPC event itself. */
function listen<T>(channel: string, listener: (message: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, message: T) => listener(message);
  ipcRenderer.on(channel, forward);
  return () => ipcRenderer.removeListener(channel, forward);
}

// The page gets four functions, never Electron's IPC object itself: it can make contract calls,
// which the main process validates, let go of a read it numbered, and hear which record to open
// (a clicked notification) and which File menu command was chosen. Nothing else crosses.
contextBridge.exposeInMainWorld('shortlist', {
  call: (method: string, input: unknown, id?: number): Promise<Outcome<unknown>> => ipcRenderer.invoke(CALL_CHANNEL, method, input, id),
  drop: (id: number): void => ipcRenderer.send(DROP_CHANNEL, id),
  onOpen: (listener: (record: RecordRef) => void) => listen(OPEN_CHANNEL, listener),
  onMenu: (listener: (command: MenuCommand) => void) => listen(MENU_CHANNEL, listener),
});
