/** How a resume's words are read: parsed from a PDF or Word (.docx) file, or the text itself; null for anything else (images, old .doc files). */
export function resumeFormat(mimeType: string, name: string): 'pdf' | 'docx' | 'text' | null {
  const extension = name.toLowerCase().split('.').pop();
  if (mimeType === 'application/pdf' || extension === 'pdf') return 'pdf';
  if (extension === 'docx' || mimeType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  if (mimeType.startsWith('text/') || extension === 'txt' || extension === 'md') return 'text';
  return null;
}

/** A plain-text resume's words. */
export const plainText = (bytes: Buffer) => tidy(bytes.toString('utf8'));

/** The words of a PDF or Word resume, for search; a file that cannot be read throws. */
export async function extractText(bytes: Buffer, format: 'pdf' | 'docx'): Promise<string> {
  if (format === 'pdf') return pdfText(bytes);
  // Loaded on demand, like pdf.js: the core's threads start without it.
  const { default: mammoth } = await import('mammoth');
  return tidy((await mammoth.extractRawText({ buffer: bytes })).value);
}

async function pdfText(bytes: Buffer): Promise<string> {
  // The legacy build runs on Node without a DOM; loaded on demand because it is large.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return tidy(pages.join('\n'));
  } finally {
    await pdf.destroy();
  }
}

const tidy = (text: string) => text.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
