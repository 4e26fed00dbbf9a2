import type { Placement } from '../../src/api/placements';
import { formatMoney } from '../ui/format';

/** After a fall-off, where its money stands beside the placement's status: money due back, or the fee less a share still owed. */
export function fallOffMoney(p: Placement): string | null {
  if (p.fallOff?.refundDue) return `Refund due: ${formatMoney(p.fallOff.refundDue)}`;
  if (p.fallOff?.credit && p.owed) return `owes ${formatMoney(p.owed)}, the fee less the share`;
  return null;
}
