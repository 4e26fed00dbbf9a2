/**
 * The desktop app has file dialogs; the browser preview has none, and cannot hand the core a
 * file's path either, so there the recruiter types the path of the file on this computer.
 */
export const hasFileDialogs = () => window.shortlist !== undefined;

const EXPORTER_KEY = 'shortlist:exporter';

/** Who exported last on this computer: asked once, then offered again. */
export function rememberedExporter(): string {
  try {
    return localStorage.getItem(EXPORTER_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberExporter(name: string): void {
  try {
    if (name.trim()) localStorage.setItem(EXPORTER_KEY, name.trim());
    else localStorage.removeItem(EXPORTER_KEY);
  } catch {
    // Private windows may refuse storage: the name is simply asked again next time.
  }
}
