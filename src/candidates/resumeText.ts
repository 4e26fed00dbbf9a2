import mammoth from 'mammoth';

/**
 * The words of a resume, for search. PDF and Word (.docx) are read; anything else (images,
 * old .doc files) gives null. A file that cannot be read gives null too: it stays attached.
 */
export async function extractText(bytes: Buffer, mimeType: string, name: string): Promise<string | null> {
  const extension = name.toLowerCase().split('.').pop();
  if (mimeType === 'application/pdf' || extension === 'pdf') return pdfText(bytes);
  if (extension === 'docx' || mimeType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return tidy(value);
  }
  if (mimeType.startsWith('text/') || extension === 'txt' || extension === 'md') return tidy(bytes.toString('utf8'));
  return null;
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
