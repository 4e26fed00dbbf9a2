import { BellPlus, BriefcaseBusiness, Download, ListMinus, ListPlus, MessageSquarePlus, Tag, Trash2, UserRound, X, type LucideIcon } from 'lucide-react';
import { useEffect, useEffectEvent, useState } from 'react';
import type { Selection } from '../../src/api/bulk';
import type { Taggable } from '../../src/api/tags';
import { call } from '../api/client';
import { asApiError } from '../api/data';
import { Button } from '../ui/Button';
import { downloadFile } from '../ui/downloadFile';
import { isTyping } from '../ui/useShortcut';
import { showToast } from '../ui/toasts';
import { BulkResultDialog } from './BulkResultDialog';
import { JobChoiceDialog } from './JobChoiceDialog';
import { FollowUpDialog, NoteDialog, OwnerDialog } from './MoreActionDialogs';
import { runBulk } from './runBulk';
import { clearSelection, selectAllMatching, selectedCount, toSelection, useSelection, type Matching } from './selectionStore';
import { ShortlistDialog } from './ShortlistDialog';
import { TagDialog } from './TagDialog';
import { TrashDialog } from './TrashDialog';
import '../styles/selection.css';

type Action = 'tag' | 'shortlist' | 'submit' | 'note' | 'followUp' | 'owner' | 'export' | 'trash';

/** What applies to each kind: shortlists hold people, only candidates are submitted or exported, only candidates and jobs have an owner. */
const applies: Record<Taggable, readonly Action[]> = {
  candidate: ['tag', 'shortlist', 'submit', 'note', 'followUp', 'owner', 'export', 'trash'],
  contact: ['tag', 'shortlist', 'note', 'followUp', 'trash'],
  client: ['tag', 'note', 'followUp', 'trash'],
  job: ['tag', 'note', 'followUp', 'owner', 'trash'],
};

const buttons: Record<Action, [string, LucideIcon]> = {
  tag: ['Tag', Tag],
  shortlist: ['Add to shortlist', ListPlus],
  submit: ['Submit to job', BriefcaseBusiness],
  note: ['Log', MessageSquarePlus],
  followUp: ['Follow-up', BellPlus],
  owner: ['Owner', UserRound],
  export: ['Export CSV', Download],
  trash: ['Trash', Trash2],
};

export const counted = (n: number, kind: Taggable) => `${n.toLocaleString()} ${kind}${n === 1 ? '' : 's'}`;

interface BulkBarProps {
  /** The list's search and filters, where the core can resolve "all that match"; null for a list that shows all it holds. */
  matching: Matching | null;
  /** How many the list holds: what "select all" selects. */
  total: number;
  /** Actions this list leaves out (a board column's candidates are already on the job). */
  omit?: readonly Action[];
  /** What the bar is called, for a screen reader ("Selected candidates in Interviewing"). */
  label?: string;
  /** On an open shortlist: the selection can be taken off it. */
  shortlistId?: string;
}

/**
 * The selection's count, always in sight while anything is selected, and what can be done to it,
 * for every list that selects many. Ctrl/Cmd+A selects everything matching the search and filters
 * (counted by the list, never loaded); Escape lets go.
 */
export function BulkBar({ matching, total, omit = [], label, shortlistId }: BulkBarProps) {
  const selection = useSelection();
  const [open, setOpen] = useState<Action | null>(null);
  const count = selectedCount(selection, total);
  const selectAll = () => selectAllMatching(matching !== null);
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    // A row's checkbox just clicked holds focus, and is no typing: Ctrl/Cmd+A and Escape still apply.
    const ticking = event.target instanceof HTMLInputElement && event.target.type === 'checkbox';
    if ((isTyping(event.target) && !ticking) || document.querySelector('dialog[open]')) return;
    if (event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      selectAll();
    } else if (event.key === 'Escape' && count > 0) clearSelection();
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const kind = matching?.kind ?? selection.kind;
  const chosen: Selection = toSelection(selection, matching);
  const what = counted(count, kind);
  const close = () => setOpen(null);
  const exportCsv = async () => {
    try {
      downloadFile(await call('bulk.exportCsv', { selection: chosen }));
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    }
  };
  const press = (action: Action) => (action === 'export' ? void exportCsv() : setOpen(action));

  return (
    <>
      {count > 0 && (
        <div className="bulk-bar" role="region" aria-label={label ?? `Selected ${kind}s`}>
          <span className="bulk-count" role="status">
            {what} selected{selection.all && selection.ids.size === 0 ? ' (all that match)' : ''}
          </span>
          {count < total && (
            <button type="button" className="link-button" onClick={selectAll}>
              Select all {total.toLocaleString()}
            </button>
          )}
          <div className="bulk-actions">
            {shortlistId && (
              <Button icon={ListMinus} onClick={() => void runBulk('bulk.removeFromShortlist', { selection: chosen, shortlistId })}>
                Take off shortlist
              </Button>
            )}
            {applies[kind]
              .filter((action) => !omit.includes(action))
              .map((action) => (
                <Button key={action} icon={buttons[action][1]} onClick={() => press(action)}>
                  {buttons[action][0]}
                </Button>
              ))}
            <Button icon={X} onClick={clearSelection}>
              Clear
            </Button>
          </div>
        </div>
      )}
      {open === 'tag' && <TagDialog selection={chosen} count={what} onClose={close} />}
      {open === 'shortlist' && <ShortlistDialog selection={chosen} count={what} onClose={close} />}
      {open === 'submit' && (
        <JobChoiceDialog title={`Submit ${what} to a job`} onSubmit={(jobId) => runBulk('bulk.submit', { selection: chosen, jobId })} onClose={close} />
      )}
      {open === 'note' && <NoteDialog selection={chosen} count={what} onClose={close} />}
      {open === 'followUp' && <FollowUpDialog selection={chosen} count={what} onClose={close} />}
      {open === 'owner' && <OwnerDialog selection={chosen} count={what} onClose={close} />}
      {open === 'trash' && <TrashDialog selection={chosen} count={what} onClose={close} />}
      <BulkResultDialog />
    </>
  );
}
