import type { HubVersion } from '../api/sync';
import type { IncomingRow, KnownDevice, MergeSource } from '../sharing/mergeSource';

/**
 * What a pull brought from the agency server, as the merge reads an export: each table's rows in
 * id order. A row several laptops pushed comes once per laptop (and per push): the merge takes
 * them in turn, which gives what merging each laptop's export would.
 */
export function hubRows(versions: readonly HubVersion[], devices: readonly KnownDevice[], blobs: Record<string, string>): MergeSource {
  const byTable = new Map<string, IncomingRow[]>();
  let latest = '';
  for (const { entity, row, changes } of versions) {
    const list = byTable.get(entity) ?? [];
    list.push({ row, changes });
    byTable.set(entity, list);
    const created = String(row.created_hlc ?? '');
    if (created > latest) latest = created;
    for (const change of changes) if (change.hlc > latest) latest = change.hlc;
  }
  for (const list of byTable.values()) list.sort((a, b) => (String(a.row.id) < String(b.row.id) ? -1 : String(a.row.id) > String(b.row.id) ? 1 : 0));
  return {
    name: 'The agency server',
    *pages(table) {
      const rows = byTable.get(table);
      if (rows) yield rows;
    },
    latestStamp: () => latest,
    devices: () => [...devices],
    carries: (sha256) => sha256 in blobs,
    blob: (sha256) => (sha256 in blobs ? Buffer.from(blobs[sha256]!, 'base64') : undefined),
    blobsCarried: () => Object.keys(blobs),
  };
}
