/** See nodeBundle.js: plain JavaScript, so the CLI's launcher uses it before TypeScript can load. */
export const keptOutOfBundles: string[];
export function bundleForNode(name: string, entries: Record<string, string>): Promise<string>;
