import { useEffect, useEffectEvent, useState } from 'react';
import type { CsvFileInput, CsvPreview } from '../../src/api/csv';
import type { ApiError } from '../../src/api/errors';
import { call } from '../api/client';
import { asApiError, useDataVersion } from '../api/data';
import { resetCsvMapping } from './csvImportStore';

interface Answer {
  key: string;
  /** The file and kind it answered for: while the next answer is on its way, one for the same file stays on screen. */
  file: string;
  preview?: CsvPreview;
  error?: ApiError;
}

/**
 * The core's preview of a file: how it reads, the mapping, and what the import would do with the
 * first rows. Asked again whenever a choice changes, and after any change to the data (a
 * duplicate may have been added meanwhile). The file's contents are named by the source's id,
 * so a large file is not turned into a key on every render.
 */
export function useCsvPreview(input: CsvFileInput, sourceId: number) {
  const version = useDataVersion((s) => s.version);
  const file = `${sourceId}:${input.kind}`;
  const key = JSON.stringify(input, (name, value: unknown) => (name === 'dataBase64' ? sourceId : value));
  const [answer, setAnswer] = useState<Answer>();
  const ask = useEffectEvent(() => call('csv.preview', input));

  useEffect(() => {
    let current = true;
    ask().then(
      (preview) => current && setAnswer({ key, file, preview }),
      (problem: unknown) => {
        if (!current) return;
        const error = asApiError(problem);
        // The columns changed under a mapping made for the old ones: start again from the suggested one.
        if (error.field === 'mapping') resetCsvMapping();
        setAnswer({ key, file, error });
      },
    );
    return () => {
      current = false;
    };
  }, [key, file, version]);

  const shown = answer?.file === file ? answer : undefined;
  return { preview: shown?.preview, error: shown?.error, loading: answer?.key !== key };
}
