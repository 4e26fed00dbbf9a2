import type { z } from 'zod';
import { contract, isMethod, type Method, type ParsedInput } from '../api/contract';
import { ApiError, type Outcome } from '../api/errors';

// The contract's checks without the core behind it: the threads that serve the window use them
// without loading a single service.

/** Checks that `method` exists and `input` fits its schema; the result is the input with its defaults. */
export function parseInput<M extends Method>(method: M | string, input: unknown): Outcome<ParsedInput<M>> {
  if (!isMethod(method)) return unknownMethod(method);
  const parsed = contract[method].input.safeParse(input ?? {});
  return parsed.success ? { ok: true, result: parsed.data as ParsedInput<M> } : failure(fromZod(parsed.error));
}

export function unknownMethod(method: string): Outcome<never> {
  return failure(new ApiError('unknown_method', `Shortlist has no method called “${method}”.`));
}

export function failure(error: ApiError): Outcome<never> {
  return { ok: false, error: error.toJSON() };
}

/** The first problem, named by its field, in words a person can act on. */
function fromZod(error: z.ZodError): ApiError {
  const issue = error.issues[0]!;
  const field = issue.path.map(String).join('.') || undefined;
  if (issue.code === 'unrecognized_keys') {
    const name = [field, issue.keys[0]].filter(Boolean).join('.');
    return new ApiError('invalid_input', `Unknown field “${name}”.`, name);
  }
  return new ApiError('invalid_input', issue.message, field);
}

