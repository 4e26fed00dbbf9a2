export type OpenFailure = 'not_a_database' | 'not_shortlist' | 'damaged' | 'newer_version';

/** Why a file could not be opened; the file is left exactly as it was. */
export class OpenError extends Error {
  constructor(
    readonly reason: OpenFailure,
    message: string,
  ) {
    super(message);
    this.name = 'OpenError';
  }
}
