import { useEffect } from 'react';
import type { CandidateFile } from '../../src/api/candidates';
import { call } from '../api/client';
import { useDataVersion } from '../api/data';

/** Kinds of file whose words the core reads for search. */
const readable = /\.(pdf|docx|txt|md)$/i;
const readableTypes = /^(application\/pdf|application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document|text\/)/;

/** A large PDF takes a few seconds; after this long, no text means there was none to read. */
const READING_MS = 45_000;
const POLL_MS = 600;

export type TextState = 'read' | 'reading' | 'none' | 'unreadable';

/** Where the core is with reading a file's words: it starts right after the file arrives. */
export function textState(file: CandidateFile, now = Date.now()): TextState {
  if (file.hasText) return 'read';
  if (!readable.test(file.name) && !readableTypes.test(file.mimeType)) return 'unreadable';
  return now - new Date(file.createdAt).getTime() < READING_MS ? 'reading' : 'none';
}

/** Everything on screen reads the core again: here, because the core changed on its own. */
const reloadAll = () => useDataVersion.setState((s) => ({ version: s.version + 1 }));

/**
 * While the core reads the text of newly attached files in the background, asks now and then
 * whether it is done, and reloads the page once it is (or once it is clearly not coming).
 */
export function useTextReading(candidateId: string, files: CandidateFile[]): void {
  const waiting = files
    .filter((f) => textState(f) === 'reading')
    .map((f) => `${f.id}@${f.createdAt}`)
    .join(' ');

  useEffect(() => {
    if (waiting === '') return;
    const pending = waiting.split(' ').map((entry) => {
      const [id, createdAt] = entry.split('@') as [string, string];
      return { id, deadline: new Date(createdAt).getTime() + READING_MS };
    });
    let asking = false;
    const timer = setInterval(() => {
      if (pending.every((p) => Date.now() > p.deadline)) {
        clearInterval(timer);
        reloadAll();
        return;
      }
      if (asking) return;
      asking = true;
      call('candidates.get', { id: candidateId })
        .then((detail) => {
          if (detail.files.some((f) => f.hasText && pending.some((p) => p.id === f.id))) reloadAll();
        })
        .catch(() => undefined)
        .finally(() => {
          asking = false;
        });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [candidateId, waiting]);
}
