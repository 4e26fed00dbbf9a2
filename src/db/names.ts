/** How two names are compared: "ACME  Inc" and "acme inc" are the same client. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}
