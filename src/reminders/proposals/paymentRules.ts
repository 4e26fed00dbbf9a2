import type { Core } from '../../db/core';
import { statement } from '../../db/statements';
import { selectPlacements, toPlacement, type PlacementRow } from '../../placements/placements';
import { plusDays } from '../time';
import type { Proposal, RuleContext } from './rule';

/**
 * An invoice unpaid N days after it fell due: chase the client's payment. It closes itself when
 * the payment is recorded (or the placement falls off and its fee is given back: a free replacement
 * leaves the fee owed, a share credited the fee less the share); a corrected due date proposes anew.
 */
export function chasePayment(core: Core, { days, today, zone }: RuleContext): Proposal[] {
  const rows = statement(core.db, `${selectPlacements} AND p.invoice_due_on IS NOT NULL AND p.paid_on IS NULL AND (p.fell_off_on IS NULL OR p.fall_off_remedy <> 'refund')`).all() as PlacementRow[];
  return rows.flatMap((row) => {
    const placement = toPlacement(row, zone, today);
    if (!placement.invoice || !placement.owed) return [];
    const { number, dueOn } = placement.invoice;
    return [
      {
        rule: 'chase_payment' as const,
        // A share credited after it was proposed closes the chase for the whole fee and asks for the rest.
        ruleKey: `chase_payment:${placement.id}:${dueOn}${placement.fallOff?.credit ? ':credited' : ''}`,
        title: `Chase ${placement.clientName}’s payment of invoice ${number} (${placement.candidateName})`,
        kind: 'email' as const,
        about: { kind: 'submission' as const, id: placement.submissionId },
        notes: `${placement.owed.amount.toLocaleString('en')} ${placement.owed.currency}${placement.fallOff?.credit ? ` (the fee less ${placement.fallOff.credit.amount.toLocaleString('en')} credited after the fall-off)` : ''}, due on ${dueOn}.`,
        dueOn: plusDays(dueOn, days ?? 1),
        dueTime: null,
        repeat: null,
      },
    ];
  });
}
