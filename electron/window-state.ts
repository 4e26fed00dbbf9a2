import type { Rectangle } from 'electron';

/** Where the window was when the recruiter last closed it (window-state.json in userData). */
export interface SavedWindow {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** Where to open it: no x and y means centred on the primary display. */
export interface Placement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 960, height: 600 };
/** How much of the title bar must be on a screen for the recruiter to grab it and drag it back. */
const GRIP = { width: 120, height: 32 };

/** The saved state, or undefined if the file is damaged or hand-edited into nonsense. */
export function parseWindowState(text: string): SavedWindow | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { x, y, width, height, maximized } = value as Record<string, unknown>;
  if (!isInteger(x) || !isInteger(y) || !isInteger(width) || !isInteger(height)) return undefined;
  if (width <= 0 || height <= 0) return undefined;
  return { x, y, width, height, maximized: maximized === true };
}

/**
 * Restores the saved position only while its title bar is still on a connected display: a window
 * saved on an unplugged monitor would otherwise open where nobody can see it.
 */
export function placeWindow(saved: SavedWindow | undefined, workAreas: Rectangle[], primary: Rectangle): Placement {
  if (saved === undefined) return { ...fit(DEFAULT_SIZE, primary), maximized: false };
  const area = workAreas.find((workArea) => canGrab(saved, workArea));
  if (area === undefined) return { ...fit(saved, primary), maximized: saved.maximized };
  return { x: saved.x, y: saved.y, ...fit(saved, area), maximized: saved.maximized };
}

function fit(size: { width: number; height: number }, area: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(MIN_SIZE.width, Math.min(size.width, area.width)),
    height: Math.max(MIN_SIZE.height, Math.min(size.height, area.height)),
  };
}

function canGrab(window: SavedWindow, area: Rectangle): boolean {
  const across = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  return across >= GRIP.width && window.y >= area.y && window.y + GRIP.height <= area.y + area.height;
}

function isInteger(value: unknown): value is number {
  return Number.isSafeInteger(value);
}
