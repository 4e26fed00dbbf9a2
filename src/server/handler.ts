import type { Method, ParsedInput, Result } from '../api/contract';
import type { Core } from '../db/core';

/** The core's implementation of some methods of the contract; each runs inside one transaction. */
export type Handlers<M extends Method> = { [K in M]: (core: Core, input: ParsedInput<K>) => Result<K> };
