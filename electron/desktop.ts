import { shell, type WebContents } from 'electron';
import type { Method, ParsedInput, Result } from '../src/api/contract';
import { ApiError } from '../src/api/errors';
import { filePath } from '../src/candidates/files';
import type { Core } from '../src/db/core';
import { chooseFile } from './fileDialogs';
import { savePdf } from './pdf';

type DesktopMethod = Extract<Method, `desktop.${string}`>;

/** The contract's methods that need the desktop itself (a window, the OS), answered by the main process. */
export const desktopMethods: {
  [M in DesktopMethod]: (core: Core, sender: WebContents, input: ParsedInput<M>) => Promise<Result<M>>;
} = {
  'desktop.savePdf': (_core, sender, { fileName }) => savePdf(sender, fileName),
  'desktop.chooseFile': (_core, sender, input) => chooseFile(sender, input),
  'desktop.openFile': async (core, _sender, { id }) => {
    // Read inside a transaction like every other call: the file may have just been trashed.
    const file = core.db.transaction(() => filePath(core, id))();
    const problem = await shell.openPath(file.path);
    if (problem) throw new ApiError('internal', `${file.name} could not be opened: ${problem}`);
    return { ok: true };
  },
};

export function isDesktopMethod(method: string): method is DesktopMethod {
  return Object.hasOwn(desktopMethods, method);
}
