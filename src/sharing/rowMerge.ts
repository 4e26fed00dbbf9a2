import type { ConflictSide } from '../api/sharing';
import type { Entity, SqlValue } from '../db/records';
import { unitsOf } from './tables';

export type Row = Record<string, SqlValue>;

/** One entry of the change log (src/db/records.ts): a field's new value, its stamp, who wrote it. */
export interface Change {
  field: string;
  hlc: string;
  value: string | null;
  device_id: string;
}

/** A row as one laptop has it: its columns and its fields' change log. */
export interface Side {
  row: Row;
  changes: readonly Change[];
}

/** A unit's values on one side; an edit-vs-delete adds which fields were edited. */
export type UnitValue = Record<string, SqlValue | string[]>;

export interface FoundConflict {
  unit: readonly string[];
  kind: 'edit' | 'edit_vs_delete';
  local: { value: UnitValue; hlc: string };
  incoming: { value: UnitValue; hlc: string };
  current: ConflictSide;
}

export interface RowMerge {
  /** Columns to write on the local row: what is taken from the colleague, and the stamps that go with it. */
  write: Row;
  /** The colleague's change-log entries this laptop lacks: copied, so history travels on. */
  newChanges: Change[];
  conflicts: FoundConflict[];
  /** A field (other than the trash flag) took the colleague's value, or the record came back from the trash. */
  updated: boolean;
  /** The colleague moved it to the trash. */
  deleted: boolean;
}

/**
 * What one laptop knows of a row, as clock stamps. A field's stamp is its latest change, or the
 * row's created_hlc when it never changed. A row two laptops made on their own under one derived
 * id (a proposed reminder) has two created_hlcs: the earlier creation stands as the row's, and the
 * later one's untouched fields count as older than anything (''), so a re-proposal never
 * overrides the original or a change to it. min() and the union of change logs make this a join:
 * the same result in any order, any number of times.
 */
class Knowledge {
  private readonly latest = new Map<string, string>();
  private readonly seen = new Set<string>();
  readonly created: string;

  constructor(
    readonly side: Side,
    private readonly base: string,
  ) {
    this.created = String(side.row.created_hlc);
    for (const { field, hlc } of side.changes) {
      this.seen.add(`${field}\n${hlc}`);
      if (hlc > (this.latest.get(field) ?? '')) this.latest.set(field, hlc);
    }
  }

  stamp(unit: readonly string[]): string {
    const untouched = this.created === this.base ? this.base : '';
    return unit.reduce((max, field) => {
      const stamp = this.latest.get(field) ?? untouched;
      return stamp > max ? stamp : max;
    }, '');
  }

  /** Whether this laptop had the write with this stamp to a field of the unit when it wrote its own. */
  saw(unit: readonly string[], hlc: string): boolean {
    return unit.some((field) => this.seen.has(`${field}\n${hlc}`));
  }

  /** Stamps that are the row's creation rather than an edit. */
  isCreation(hlc: string): boolean {
    return hlc === '' || hlc === this.created;
  }

  value(unit: readonly string[]): UnitValue {
    return Object.fromEntries(unit.map((field) => [field, this.side.row[field] ?? null]));
  }
}

const sameValues = (unit: readonly string[], a: Row, b: Row) => unit.every((field) => (a[field] ?? null) === (b[field] ?? null));

/**
 * Merges the colleague's version of a row into ours, unit by unit (a group is one unit): the
 * later stamp wins. Losing a value is a conflict only when the two writes were concurrent: the
 * loser was an edit (not the row's creation) and the winner's side had not seen it when it
 * wrote. A write that had seen the other is simply later, like an edit on one laptop.
 */
export function mergeRow(entity: Entity, local: Side, incoming: Side): RowMerge {
  const base = [String(local.row.created_hlc), String(incoming.row.created_hlc)].sort()[0]!;
  const ours = new Knowledge(local, base);
  const theirs = new Knowledge(incoming, base);
  const write: Row = {};
  const conflicts: FoundConflict[] = [];
  let updated = false;
  let latestOurs = '';
  let latestTheirs = '';

  for (const unit of unitsOf(entity)) {
    const stampOurs = ours.stamp(unit);
    const stampTheirs = theirs.stamp(unit);
    if (stampOurs > latestOurs) latestOurs = stampOurs;
    if (stampTheirs > latestTheirs) latestTheirs = stampTheirs;
    if (stampOurs === stampTheirs || sameValues(unit, local.row, incoming.row)) continue;
    const theirsWin = stampTheirs > stampOurs;
    if (theirsWin) {
      for (const field of unit) write[field] = incoming.row[field] ?? null;
      if (unit[0] !== 'deleted_at' || incoming.row.deleted_at === null) updated = true;
    }
    const [winner, loser, loserStamp] = theirsWin ? [theirs, ours, stampOurs] : [ours, theirs, stampTheirs];
    const bothInTrash = unit[0] === 'deleted_at' && local.row.deleted_at !== null && incoming.row.deleted_at !== null;
    if (!loser.isCreation(loserStamp) && !winner.saw(unit, loserStamp) && !bothInTrash) {
      conflicts.push({
        unit,
        kind: 'edit',
        local: { value: ours.value(unit), hlc: stampOurs },
        incoming: { value: theirs.value(unit), hlc: stampTheirs },
        current: theirsWin ? 'incoming' : 'local',
      });
    }
  }

  const editVsDelete = conflicts.some((c) => c.unit[0] === 'deleted_at') ? null : editAgainstDelete(ours, theirs, write);
  if (editVsDelete) conflicts.push(editVsDelete);

  // The row's stamps follow its data: updated_at from the side with the latest write, created from the earlier creation.
  if (latestTheirs > latestOurs) Object.assign(write, { updated_at: incoming.row.updated_at, updated_by: incoming.row.updated_by });
  if (theirs.created < ours.created) {
    Object.assign(write, {
      created_hlc: incoming.row.created_hlc,
      created_at: incoming.row.created_at,
      created_by: incoming.row.created_by,
    });
  }
  return {
    write,
    newChanges: incoming.changes.filter((change) => !ours.saw([change.field], change.hlc)),
    conflicts,
    updated,
    deleted: local.row.deleted_at === null && (write.deleted_at ?? null) !== null,
  };
}

/**
 * A record moved to the trash on one laptop while edited on the other: the edits merge in (they
 * stay on the record in the trash), but nobody decided to throw them away, so it is a conflict
 * to review. Edits the deleting laptop had seen were thrown away knowingly.
 */
function editAgainstDelete(ours: Knowledge, theirs: Knowledge, write: Row): FoundConflict | null {
  const merged = 'deleted_at' in write ? write.deleted_at : ours.side.row.deleted_at;
  const oursDeleted = ours.side.row.deleted_at !== null;
  if (merged === null || oursDeleted === (theirs.side.row.deleted_at !== null)) return null;
  const [deleter, editor] = oursDeleted ? [ours, theirs] : [theirs, ours];
  const unseen = editor.side.changes.filter((c) => c.field !== 'deleted_at' && !deleter.saw([c.field], c.hlc));
  if (unseen.length === 0) return null;
  const deleted = { value: deleter.value(['deleted_at']), hlc: deleter.stamp(['deleted_at']) };
  const edited = {
    value: { deleted_at: null, edited: [...new Set(unseen.map((c) => c.field))] },
    hlc: unseen.reduce((max, c) => (c.hlc > max ? c.hlc : max), ''),
  };
  return {
    unit: ['deleted_at'],
    kind: 'edit_vs_delete',
    local: oursDeleted ? deleted : edited,
    incoming: oursDeleted ? edited : deleted,
    current: oursDeleted ? 'local' : 'incoming',
  };
}
