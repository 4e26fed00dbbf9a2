import { create } from 'zustand';

export type SharingPanel = 'export' | 'import';

/**
 * Which panel the desktop app's File menu asked for: the Sharing screen brings it into view and
 * focuses it, then clears the request, so coming back later opens the screen as it is.
 */
export const useSharingRequest = create<{ panel: SharingPanel | null }>(() => ({ panel: null }));

export function requestSharingPanel(panel: SharingPanel): void {
  useSharingRequest.setState({ panel });
}

export function clearSharingRequest(): void {
  useSharingRequest.setState({ panel: null });
}
