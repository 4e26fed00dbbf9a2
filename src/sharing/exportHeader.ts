import { z } from 'zod';
import type { ExportHeader } from './exportFile';

/** The longest device name, person or device id a header may carry: what Shortlist writes is far shorter. */
const MAX_TEXT = 500;

const text = z.string().max(MAX_TEXT);

/** The row counts, as JSON: a count per table, each a whole number. */
const Counts = z.string().transform((json, context) => {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    context.addIssue({ code: 'custom', message: 'not JSON' });
    return z.NEVER;
  }
}).pipe(z.record(z.string().regex(/^[a-z_]+$/), z.number().int().nonnegative()));

/** Every field of an export's header, as export.ts writes it (the app, format and version are checked before). */
const HeaderRow = z.object({
  device_id: text.min(1),
  device_name: text,
  person: text.nullable(),
  exported_at: z.iso.datetime({ offset: true }),
  counts: Counts,
});

/** What each field is called in a message. */
const labels: Record<keyof z.input<typeof HeaderRow>, string> = {
  device_id: 'device id',
  device_name: 'device name',
  person: 'person who exported it',
  exported_at: 'time of export',
  counts: 'row counts',
};

/**
 * Reads an export's header row, every field checked: an export whose header was spoilt is refused
 * as damaged (`problem` says which field), never half-read into a summary or a 500.
 */
export function readExportHeader(row: Record<string, unknown>, schemaVersion: number): ExportHeader | { problem: string } {
  const parsed = HeaderRow.safeParse(row);
  if (!parsed.success) {
    const field = parsed.error.issues[0]!.path[0] as keyof typeof labels;
    return { problem: `its header’s ${labels[field]} ${field === 'counts' ? 'are' : 'is'} missing or not readable` };
  }
  const { device_id, device_name, person, exported_at, counts } = parsed.data;
  return {
    schemaVersion,
    deviceId: device_id,
    deviceName: device_name,
    person,
    exportedAt: exported_at,
    counts: counts as ExportHeader['counts'],
  };
}
