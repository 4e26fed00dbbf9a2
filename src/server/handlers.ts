import type { Method } from '../api/contract';
import { ApiError } from '../api/errors';
import { backupHandlers } from '../backups/handlers';
import { bulkHandlers } from '../bulk/handlers';
import { candidateHandlers } from '../candidates/handlers';
import { clientHandlers } from '../clients/handlers';
import { countRows } from '../db/counts';
import { keptUntilChange } from '../db/dataState';
import { jobHandlers } from '../jobs/handlers';
import { messageHandlers } from '../messages/handlers';
import { noteHandlers } from '../notes/handlers';
import { placementHandlers } from '../placements/handlers';
import { recruiterProfileHandlers } from '../recruiterProfile/handlers';
import { reportHandlers } from '../reports/handlers';
import { reminderHandlers } from '../reminders/handlers';
import { submissionHandlers } from '../submissions/handlers';
import { searchEverything } from '../search/search';
import { recentHandlers } from '../recents/handlers';
import { csvHandlers } from '../sharing/csv/handlers';
import { sharingHandlers } from '../sharing/handlers';
import { syncHandlers } from '../sync/handlers';
import { taskHandlers } from '../tasks/handlers';
import { trashHandlers } from '../trash/handlers';
import { savedSearchHandlers } from '../savedSearches/handlers';
import { shortlistHandlers } from '../shortlists/handlers';
import { tagHandlers } from '../tags/handlers';
import type { Handlers } from './handler';

/** Settings shows them each time it opens: counted again only once something has changed. */
const keptCounts = keptUntilChange<ReturnType<typeof countRows>>();

/** Every method of the contract, implemented: the compiler fails here if one is missing. */
export const handlers: Handlers<Method> = {
  'app.info': (core) => ({
    schemaVersion: core.schemaVersion,
    databasePath: core.file,
    deviceId: core.deviceId,
    counts: Object.fromEntries(Object.entries(keptCounts.read(core, '', () => countRows(core.db))).map(([table, n]) => [table, n.live])),
  }),
  'desktop.savePdf': () => {
    throw new ApiError('unsupported', 'Saving a PDF needs the desktop app. In the browser, print the page and choose “Save as PDF”.');
  },
  'desktop.chooseFile': () => {
    throw new ApiError('unsupported', 'File dialogs need the desktop app. In the browser, type the full path of the file.');
  },
  ...clientHandlers,
  ...jobHandlers,
  ...noteHandlers,
  ...candidateHandlers,
  ...submissionHandlers,
  ...placementHandlers,
  ...reportHandlers,
  ...trashHandlers,
  ...reminderHandlers,
  ...messageHandlers,
  ...recruiterProfileHandlers,
  ...csvHandlers,
  ...sharingHandlers,
  ...syncHandlers,
  ...tagHandlers,
  ...shortlistHandlers,
  ...bulkHandlers,
  ...savedSearchHandlers,
  ...backupHandlers,
  ...taskHandlers,
  'search.query': searchEverything,
  ...recentHandlers,
};
