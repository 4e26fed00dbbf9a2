import { MAX_FILE_BYTES } from '../../src/api/candidates';
import { change } from '../api/data';
import { showToast } from '../ui/toasts';
import { addUpload, removeUpload, updateUpload } from './candidatePageStore';
import { formatSize } from './candidateFormat';

/** Some systems give no type for a Word file; the name says what it is. */
const typesByExtension: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
  txt: 'text/plain',
  md: 'text/markdown',
};

export function mimeTypeOf(file: File): string {
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  return file.type || typesByExtension[extension] || 'application/octet-stream';
}

/** The file's bytes as base64, as the contract carries them, reporting how far it has read. */
function readAsBase64(file: File, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    reader.onload = () => {
      const url = reader.result as string;
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`${file.name} could not be read from disk.`));
    reader.readAsDataURL(file);
  });
}

let nextUpload = 1;

/** Copies each file into the candidate's record; the section shows each one's progress meanwhile. */
export async function attachFiles(candidateId: string, files: File[]): Promise<void> {
  await Promise.all(files.map((file) => attachOne(candidateId, file)));
}

async function attachOne(candidateId: string, file: File): Promise<void> {
  if (file.size === 0) {
    showToast({ message: `“${file.name}” is empty, so there is nothing to attach.`, tone: 'error' });
    return;
  }
  if (file.size > MAX_FILE_BYTES) {
    showToast({ message: `“${file.name}” is ${formatSize(file.size)}: files can be at most 15 MB.`, tone: 'error' });
    return;
  }
  const id = nextUpload++;
  addUpload({ id, name: file.name, size: file.size, phase: 'reading', progress: 0 });
  try {
    const dataBase64 = await readAsBase64(file, (progress) => updateUpload(id, { progress }));
    updateUpload(id, { phase: 'sending', progress: 1 });
    const attached = await change('files.attach', { candidateId, name: file.name, mimeType: mimeTypeOf(file), dataBase64 });
    // The row stays until the list read back from the core shows the file in its place.
    updateUpload(id, { fileId: attached.id });
  } catch (error) {
    const message = error instanceof Error ? error.message : 'Try again.';
    showToast({ message: `“${file.name}” was not attached. ${message}`, tone: 'error' });
    removeUpload(id);
  }
}
