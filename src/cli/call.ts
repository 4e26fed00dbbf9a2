import type { Input, Method, Result } from '../api/contract';
import type { Core } from '../db/core';
import { dispatch } from '../server/dispatch';

/**
 * A contract call from a command, through the same dispatcher as the app: the same validation and
 * the same one transaction. A refusal becomes an Error with the message a recruiter would see.
 */
export function call<M extends Method>(core: Core, method: M, input: Input<M>): Result<M> {
  const outcome = dispatch(core, method, input);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result as Result<M>;
}
