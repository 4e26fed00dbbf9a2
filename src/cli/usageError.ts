/** A command called wrongly: it prints the usage and exits 2. */
export class UsageError extends Error {}
