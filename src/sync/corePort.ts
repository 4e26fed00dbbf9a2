import { ApiError } from '../api/errors';
import type { Core } from '../db/core';
import { dispatch } from '../server/dispatch';
import type { CorePort } from './round';

/** The core in this process (the CLI, tests): each step of a round its own call and transaction. */
export function corePort(core: Core): CorePort {
  return {
    call(method, input) {
      const outcome = dispatch(core, method, input);
      if (!outcome.ok) throw new ApiError(outcome.error.code, outcome.error.message, outcome.error.field);
      return outcome.result as never;
    },
  };
}
