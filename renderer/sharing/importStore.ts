import { navigate } from 'wouter/use-hash-location';
import { create } from 'zustand';
import type { ImportSummary } from '../../src/api/sharing';
import { call } from '../api/client';
import { asApiError, change } from '../api/data';
import { paths } from '../app/paths';
import { showToast } from '../ui/toasts';
import { refreshReviewCounts } from './reviewCounts';
import { exporterOf } from './sharingFormat';

type Step = { at: 'choose' } | { at: 'preview'; summary: ImportSummary } | { at: 'done'; summary: ImportSummary };

/**
 * Where the import panel stands: kept outside the page, so a merge the recruiter leaves running
 * (it is a task on the core's writer) still shows its summary when they come back.
 */
interface ImportState {
  step: Step;
  refusal: string | null;
  importing: boolean;
}

export const useImportStep = create<ImportState>(() => ({ step: { at: 'choose' }, refusal: null, importing: false }));

export async function previewImport(path: string): Promise<void> {
  useImportStep.setState({ refusal: null });
  try {
    useImportStep.setState({ step: { at: 'preview', summary: await call('sharing.preview', { path }) } });
  } catch (error) {
    useImportStep.setState({ refusal: asApiError(error).message });
  }
}

export async function mergeImport(path: string): Promise<void> {
  useImportStep.setState({ refusal: null, importing: true });
  try {
    const summary = await change('sharing.import', { path });
    useImportStep.setState({ step: { at: 'done', summary } });
    // Left running while the recruiter went elsewhere: say it is done, and where its summary waits.
    if (!location.hash.startsWith(`#${paths.sharing}`)) {
      showToast({ message: `The export of ${exporterOf(summary.from)} is merged into your database.`, action: { label: 'See what changed', run: () => navigate(paths.sharing) } });
    }
    void refreshReviewCounts();
  } catch (error) {
    useImportStep.setState({ refusal: asApiError(error).message });
  } finally {
    useImportStep.setState({ importing: false });
  }
}

export const startImportOver = () => useImportStep.setState({ step: { at: 'choose' }, refusal: null });
