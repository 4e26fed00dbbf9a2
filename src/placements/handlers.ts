import type { Method } from '../api/contract';
import type { Handlers } from '../server/handler';
import { listPlacements, placementsCsv } from './placementList';
import { getPlacement, markPaid, raiseInvoice, recordFallOff, updatePlacement } from './placements';

export const placementHandlers: Handlers<Extract<Method, `placements.${string}`>> = {
  'placements.list': listPlacements,
  'placements.get': (core, { submissionId }) => getPlacement(core, submissionId),
  'placements.update': updatePlacement,
  'placements.raiseInvoice': raiseInvoice,
  'placements.markPaid': markPaid,
  'placements.fallOff': recordFallOff,
  'placements.export': placementsCsv,
};
