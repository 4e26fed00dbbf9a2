import { BellPlus, BriefcaseBusiness, Download, ListPlus, MessageSquarePlus, Tag, Trash2, UserRound, X } from 'lucide-react';
import { useEffect, useEffectEvent, useState } from 'react';
import type { CandidateFilters } from '../../src/api/bulk';
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
import { clearSelection, selectAllMatching, selectedCount, toSelection, useSelection } from './selectionStore';
import { ShortlistDialog } from './ShortlistDialog';
import { TagDialog } from './TagDialog';

type Open = 'tag' | 'shortlist' | 'submit' | 'note' | 'followUp' | 'owner' | null;

const candidates = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'candidate' : 'candidates'}`;

/**
 * The selection's count, always in sight while anything is selected, and what can be done to it.
 * Ctrl/Cmd+A selects every candidate matching the search and filters (counted by the list, never
 * loaded); Escape lets go.
 */
export function BulkBar({ filters, total }: { filters: CandidateFilters; total: number }) {
  const selection = useSelection();
  const [open, setOpen] = useState<Open>(null);
  const count = selectedCount(selection, total);
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
    if (event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      selectAllMatching();
    } else if (event.key === 'Escape' && count > 0) clearSelection();
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const chosen = toSelection(selection, filters);
  const label = candidates(count);
  const exportCsv = async () => {
    try {
      downloadFile(await call('bulk.exportCsv', { selection: chosen }));
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    }
  };
  const trash = () => {
    if (window.confirm(`Move ${label} to the trash? You can undo it, or restore them from the trash.`)) void runBulk('bulk.trash', { selection: chosen });
  };

  return (
    <>
      {count > 0 && (
        <div className="bulk-bar" role="region" aria-label="Selected candidates">
          <span className="bulk-count" role="status">
            {label} selected{selection.all && selection.ids.size === 0 ? ' (all that match)' : ''}
          </span>
          {!selection.all && count < total && (
            <button type="button" className="link-button" onClick={selectAllMatching}>
              Select all {total.toLocaleString()}
            </button>
          )}
          <div className="bulk-actions">
            <Button icon={Tag} onClick={() => setOpen('tag')}>
              Tag
            </Button>
            <Button icon={ListPlus} onClick={() => setOpen('shortlist')}>
              Add to shortlist
            </Button>
            <Button icon={BriefcaseBusiness} onClick={() => setOpen('submit')}>
              Submit to job
            </Button>
            <Button icon={MessageSquarePlus} onClick={() => setOpen('note')}>
              Log
            </Button>
            <Button icon={BellPlus} onClick={() => setOpen('followUp')}>
              Follow-up
            </Button>
            <Button icon={UserRound} onClick={() => setOpen('owner')}>
              Owner
            </Button>
            <Button icon={Download} onClick={() => void exportCsv()}>
              Export CSV
            </Button>
            <Button icon={Trash2} onClick={trash}>
              Trash
            </Button>
            <Button icon={X} onClick={clearSelection}>
              Clear
            </Button>
          </div>
        </div>
      )}
      {open === 'tag' && <TagDialog selection={chosen} count={label} onClose={() => setOpen(null)} />}
      {open === 'shortlist' && <ShortlistDialog selection={chosen} count={label} onClose={() => setOpen(null)} />}
      {open === 'submit' && (
        <JobChoiceDialog
          title={`Submit ${label} to a job`}
          onSubmit={(jobId) => runBulk('bulk.submit', { selection: chosen, jobId })}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'note' && <NoteDialog selection={chosen} count={label} onClose={() => setOpen(null)} />}
      {open === 'followUp' && <FollowUpDialog selection={chosen} count={label} onClose={() => setOpen(null)} />}
      {open === 'owner' && <OwnerDialog selection={chosen} count={label} onClose={() => setOpen(null)} />}
      <BulkResultDialog />
    </>
  );
}
