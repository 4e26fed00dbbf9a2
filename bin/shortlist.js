#!/usr/bin/env node
// The CLI runs the core's TypeScript directly through tsx, so there is nothing to build first.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
