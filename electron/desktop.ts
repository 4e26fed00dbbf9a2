import { shell, type WebContents } from 'electron';
import type { Method, ParsedInput, Result } from '../src/api/contract';
import { ApiError } from '../src/api/errors';
import type { CoreCalls } from '../src/host/calls';
import { chooseFile } from './fileDialogs';
import { savePdf } from './pdf';
import { keepSyncPassword } from './syncPassword';

type DesktopMethod = Extract<Method, `desktop.${string}`>;

/** The contract's methods that need the desktop itself (a window, the OS), answered by the main process. */
export const desktopMethods: {
  [M in DesktopMethod]: (core: CoreCalls, sender: WebContents, input: ParsedInput<M>) => Promise<Result<M>>;
} = {
  'desktop.savePdf': (_core, sender, { fileName }) => savePdf(sender, fileName),
  'desktop.chooseFile': (_core, sender, input) => chooseFile(sender, input),
  'desktop.keepSyncPassword': (_core, _sender, { password }) => keepSyncPassword(password),
  'desktop.openFile': async (core, _sender, { id }) => {
    // Asked of the core like every other call: the file may have just been trashed.
    const located = await core.call('files.locate', { id });
    if (!located.ok) throw new ApiError(located.error.code, located.error.message);
    const file = located.result as { path: string; name: string };
    const problem = await shell.openPath(file.path);
    if (problem) throw new ApiError('internal', `${file.name} could not be opened: ${problem}`);
    return { ok: true };
  },
};

export function isDesktopMethod(method: string): method is DesktopMethod {
  return Object.hasOwn(desktopMethods, method);
}
