import type { ClockAhead } from '../api/sharing';
import type { Core } from '../db/core';
import { parse } from '../db/hlc';
import { getSetting, setSetting } from '../db/settings';
import { deviceName } from './devices';

/**
 * A colleague's laptop whose clock is far ahead stamps its changes in the future. This laptop's
 * clock still moves past the newest stamp it merges (src/sharing/merge.ts): a change made here
 * after seeing theirs must sort after it, or a stage move made here after theirs would be undone
 * by it. So that this never happens silently, a stamp more than a day ahead of this computer's
 * own clock is named in the merge's summary, and in the sync status until the clock catches up.
 */
export const CLOCK_TOLERANCE_MS = 24 * 60 * 60 * 1000;

const SETTING = 'clock_ahead';

/** The newest stamp of a merge, when it is far ahead of this computer's clock: whose, and by how much. */
export function farAhead(core: Core, latest: string): { deviceId: string; stamp: string; aheadBy: number } | null {
  if (latest === '') return null;
  let stamped: ReturnType<typeof parse>;
  try {
    stamped = parse(latest);
  } catch {
    return null;
  }
  const aheadBy = stamped.millis - core.clock.now().getTime();
  return aheadBy > CLOCK_TOLERANCE_MS ? { deviceId: stamped.deviceId, stamp: latest, aheadBy } : null;
}

/** Names the laptop (once the merge has learned its name) and remembers it for the sync status. */
export function flagClockAhead(core: Core, found: { deviceId: string; stamp: string; aheadBy: number }): ClockAhead {
  const laptop = deviceName(core, found.deviceId);
  const flagged: ClockAhead = {
    deviceId: found.deviceId,
    laptop,
    aheadBy: found.aheadBy,
    stamp: found.stamp,
    message: `The clock of ${laptop} is ${howFar(found.aheadBy)} ahead of this computer’s: ask them to set their date and time automatically. Until this computer’s clock catches up, Shortlist orders changes made here after theirs.`,
  };
  const before = remembered(core);
  if (!before || before.stamp < flagged.stamp) setSetting(core.db, SETTING, JSON.stringify(flagged));
  return flagged;
}

/** The laptop last found far ahead, while its stamps are still more than a day ahead of this computer's clock. */
export function clockAheadNow(core: Core): ClockAhead | null {
  const flagged = remembered(core);
  if (!flagged) return null;
  const aheadBy = parse(flagged.stamp).millis - core.clock.now().getTime();
  return aheadBy > CLOCK_TOLERANCE_MS ? flagged : null;
}

function remembered(core: Core): ClockAhead | null {
  const value = getSetting(core.db, SETTING);
  return value ? (JSON.parse(value) as ClockAhead) : null;
}

/** "about 30 hours", "about 3 days", "about 2 years". */
export function howFar(ms: number): string {
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return `about ${hours} hours`;
  const days = Math.round(ms / 86_400_000);
  if (days < 60) return `about ${days} days`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `about ${months} months`;
  return `about ${Math.round(days / 365.25)} years`;
}
