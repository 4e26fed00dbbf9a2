import type { TextFile } from '../api/common';
import type { ParsedInput } from '../api/contract';
import { csvRecord } from '../api/csv';
import { fallOffRemedyLabels, invoiceStatusLabels, type InvoiceStatus, type Placement, type PlacementList, type PlacementTotals } from '../api/placements';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { cents } from './fee';
import { selectPlacements, todayOf, toPlacement, type PlacementRow } from './placements';

type Filters = ParsedInput<'placements.list'>;

/** Every standing placement that passes the filters, newest first, with the sums of each currency. */
export function listPlacements(core: Core, filters: Filters): PlacementList {
  const today = todayOf(core);
  const rows = statement(core.db, `${selectPlacements} ORDER BY now.created_hlc DESC`).all() as PlacementRow[];
  const recruiter = filters.recruiter?.toLowerCase() ?? null;
  const items = rows
    .map((row) => toPlacement(row, core.timeZone, today))
    .filter(
      (p) =>
        (filters.from === null || p.placedOn >= filters.from) &&
        (filters.to === null || p.placedOn <= filters.to) &&
        (filters.clientId === null || p.clientId === filters.clientId) &&
        (recruiter === null || p.splits.some((s) => s.recruiter.toLowerCase() === recruiter)) &&
        (filters.status === null || p.status === filters.status || moneyIn[filters.status](p)),
    );
  return { items, totals: totalsOf(items) };
}

/**
 * Where the money stands after a fall-off that left some of the fee (a free replacement, a share
 * credited on an unpaid invoice) or came after the payment: listed under its fall-off and under the
 * state of what the invoice asks for, as the totals count it.
 */
const moneyIn: Record<InvoiceStatus, (p: Placement) => boolean> = {
  not_raised: (p) => p.billed !== null && p.invoice === null,
  raised: (p) => p.owed !== null && !p.overdue,
  overdue: (p) => p.overdue,
  paid: (p) => p.paidOn !== null,
  fallen_off: () => false,
};

/** The status in words, as the row says it: a fallen-off placement's fee owed past its day is overdue too. */
const statusWords = (p: Placement) =>
  p.status === 'fallen_off' && p.overdue ? `${invoiceStatusLabels.fallen_off} · ${invoiceStatusLabels.overdue}` : invoiceStatusLabels[p.status];

export function totalsOf(items: readonly Placement[]): PlacementTotals[] {
  const byCurrency = new Map<string, PlacementTotals>();
  for (const p of items) {
    if (!p.fee) continue;
    const currency = p.fee.currency;
    let t = byCurrency.get(currency);
    if (!t) byCurrency.set(currency, (t = { currency, count: 0, fees: 0, invoiced: 0, paid: 0, owed: 0, overdue: 0, refunded: 0 }));
    t.count += 1;
    t.fees = cents(t.fees + p.fee.amount);
    // What was invoiced and paid is what the invoice asks for: the fee less a share credited after a fall-off.
    const billed = p.billed?.amount ?? 0;
    if (p.invoice) t.invoiced = cents(t.invoiced + billed);
    if (p.paidOn) t.paid = cents(t.paid + billed);
    if (p.owed) t.owed = cents(t.owed + p.owed.amount);
    if (p.overdue && p.owed) t.overdue = cents(t.overdue + p.owed.amount);
    if (p.fallOff?.refund) t.refunded = cents(t.refunded + p.fallOff.refund.amount);
  }
  return [...byCurrency.values()].sort((a, b) => b.fees - a.fees);
}

const header = [
  'Candidate', 'Job', 'Client', 'Placed on', 'Starts on', 'Salary', 'Fee', 'Currency', 'Fee changed because',
  'Split', 'Guarantee ends on', 'Invoice', 'Invoiced on', 'Due on', 'Paid on', 'Status', 'Fell off on',
  'Fall-off reason', 'Remedy', 'Refund', 'Owed', 'Refund due',
];

const amount = (n: number | null | undefined) => (n === null || n === undefined ? '' : n.toFixed(2));

/** The list as the screen shows it, as CSV (UTF-8 with a BOM, CRLF, cells safe from formulas). */
export function placementsCsv(core: Core, filters: Filters): TextFile {
  const { items } = listPlacements(core, filters);
  const lines = items.map((p) =>
    csvRecord([
      p.candidateName, p.jobTitle, p.clientName, p.placedOn, p.startOn, amount(p.salary.amount), amount(p.fee?.amount),
      p.fee?.currency ?? p.salary.currency, p.feeReason ?? '', p.splits.map((s) => `${s.recruiter} ${s.percent}%`).join('; '),
      p.guaranteeEndsOn ?? '', p.invoice?.number ?? '', p.invoice?.raisedOn ?? '', p.invoice?.dueOn ?? '', p.paidOn ?? '',
      statusWords(p), p.fallOff?.on ?? '', p.fallOff?.reason ?? '', p.fallOff ? fallOffRemedyLabels[p.fallOff.remedy] : '',
      amount(p.fallOff?.refund?.amount), amount(p.owed?.amount), amount(p.fallOff?.refundDue?.amount),
    ]),
  );
  return { fileName: `shortlist-placements-${todayOf(core)}.csv`, mimeType: 'text/csv', text: csvText(header, lines) };
}

/** A CSV file's text from its header and its already-made records. */
export const csvText = (head: readonly string[], records: readonly string[]) => `\ufeff${[csvRecord(head), ...records].join('\r\n')}\r\n`;
