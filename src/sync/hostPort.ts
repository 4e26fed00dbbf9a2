import { ApiError } from '../api/errors';
import type { CoreCalls } from '../host/calls';
import type { CorePort } from './round';

/**
 * The core on its threads (the desktop app, the preview), as the host reaches it. Apart from
 * corePort, so the process that serves the window loads none of the core's handlers.
 */
export function hostPort(core: CoreCalls): CorePort {
  return {
    async call(method, input) {
      const outcome = await core.call(method, input);
      if (!outcome.ok) throw new ApiError(outcome.error.code, outcome.error.message, outcome.error.field);
      return outcome.result as never;
    },
  };
}
