import { CornerDownLeft, Search, SearchX } from 'lucide-react';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import type { SearchResult } from '../../src/api/search';
import { paths, recordPath } from '../app/paths';
import '../styles/search.css';
import { Highlighted } from './Highlighted';
import { useData } from '../api/data';
import { ShortlistDialog } from '../lists/ShortlistDialog';
import { groupByKind, kindLabels, longEnough, recentGroup, showSnippet, splitMatches } from './searchFormat';
import { closeSwitcher, openSwitcher, useSwitcher } from './switcherStore';
import { useRecordOpened } from './useRecordOpened';
import { useSearchResults } from './useSearchResults';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
export const switcherShortcut = isMac ? '⌘K' : 'Ctrl K';

/** Ctrl+K (⌘K on a Mac) from anywhere, typing in a box included: it belongs to no page. */
function useSwitcherShortcut() {
  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      const modifier = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
      if (!modifier || event.altKey || event.shiftKey || (event.key.toLowerCase() !== 'k' && event.code !== 'KeyK')) return;
      event.preventDefault();
      event.stopPropagation();
      if (useSwitcher.getState().open) {
        // Pressed again: back to the box, its text selected to type over.
        const box = document.getElementById('switcher-input') as HTMLInputElement | null;
        box?.focus();
        box?.select();
      } else openSwitcher();
    }
    // Capture, so a box that handles its own keys never swallows it.
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

/** Mounted once in the shell: the shortcut, and the switcher while it is open. */
export function QuickSwitcher() {
  useSwitcherShortcut();
  useRecordOpened();
  const open = useSwitcher((s) => s.open);
  return open ? <SwitcherDialog /> : null;
}

function SwitcherDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Shift+Enter on a person: onto a shortlist, without leaving the search.
  const [shortlisting, setShortlisting] = useState<SearchResult | null>(null);
  const answer = useSearchResults(query);
  const recents = useData('recents.list', {}).data;
  const ids = useId();
  const listId = `${ids}-list`;
  const optionId = (index: number) => `${ids}-option-${index}`;

  // The native modal traps focus and dims the page; focus goes back where it was on close.
  useLayoutEffect(() => {
    const dialog = ref.current!;
    const returnTo = document.activeElement;
    dialog.showModal();
    document.getElementById('switcher-input')?.focus();
    return () => {
      dialog.close();
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, []);

  const waiting = !longEnough(query);
  const shown = waiting ? undefined : answer && longEnough(answer.query) ? answer : undefined;
  // Opened empty, it lists what was opened last: most searches are for someone seen a moment ago.
  const showRecents = query.trim() === '' && recents !== undefined;
  const { groups, ordered } = showRecents ? recentGroup(recents) : groupByKind(shown?.results ?? []);
  const current = Math.min(active, ordered.length - 1);

  // A new answer starts again from its best match.
  const listed = showRecents ? recents : shown;
  const [answered, setAnswered] = useState(listed);
  if (answered !== listed) {
    setAnswered(listed);
    setActive(0);
  }

  const activeId = current >= 0 ? optionId(current) : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId, shown]);

  function openResult(result: SearchResult) {
    closeSwitcher();
    // A contact opens its client's page through its own address, so it is kept among the recent ones too.
    navigate(result.kind === 'contact' ? paths.contact(result.id) : recordPath(result.open));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = ordered.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (last < 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Round the ends, as menus do.
      setActive((current + step + ordered.length) % ordered.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      setActive(Math.max(0, last));
    } else if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      const result = ordered[current];
      if (result?.kind === 'candidate' || result?.kind === 'contact') setShortlisting(result);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const result = ordered[current];
      if (result) openResult(result);
    }
  }

  const resultCount = shown ? `${ordered.length} ${ordered.length === 1 ? 'result' : 'results'}` : '';

  return (
    <dialog
      ref={ref}
      className="dialog switcher"
      aria-label="Search everything"
      onCancel={(event) => {
        event.preventDefault();
        closeSwitcher();
      }}
      // A click on the dimmed page around it closes it, as in every command palette.
      onClick={(event) => event.target === ref.current && closeSwitcher()}
    >
      <div className="switcher-box">
        <Search size={18} className="switcher-icon" aria-hidden />
        <input
          id="switcher-input"
          className="switcher-input"
          role="combobox"
          aria-expanded={ordered.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-label="Search candidates, clients, contacts, jobs, notes, intakes, feedback and resumes"
          placeholder="Search candidates, clients, jobs, notes…"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <kbd className="kbd switcher-esc" aria-hidden>
          Esc
        </kbd>
      </div>

      <div
        id={listId}
        className="switcher-results"
        role="listbox"
        aria-label="Results"
        data-query={shown?.query ?? ''}
      >
        {groups.map((group) => {
          const headingId = `${ids}-group-${group.key}`;
          return (
            <div key={group.key} role="group" aria-labelledby={headingId} className="switcher-group">
              <div className="switcher-group-title" id={headingId} role="presentation">
                {group.title}
              </div>
              {group.items.map(({ result, index }) => {
                const Icon = kindLabels[result.kind].icon;
                return (
                  <div
                    key={`${result.kind}:${result.id}`}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === current}
                    className="switcher-option"
                    onMouseMove={() => index !== current && setActive(index)}
                    onClick={() => openResult(result)}
                  >
                    <span className={`switcher-kind switcher-kind--${result.kind}`} aria-hidden>
                      <Icon size={15} />
                    </span>
                    <span className="switcher-text">
                      <span className="switcher-line">
                        <span className="switcher-title">
                          <Highlighted text={result.title} />
                        </span>
                        {result.context && <span className="switcher-context">{result.context}</span>}
                      </span>
                      {showSnippet(result) && (
                        <span className="switcher-snippet">
                          <Highlighted text={result.snippet} />
                        </span>
                      )}
                    </span>
                    <span className="sr-only">, {kindLabels[result.kind].one}</span>
                    {index === current && <CornerDownLeft size={14} className="switcher-enter" aria-hidden />}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>

      {waiting ? (
        <p className="switcher-hint">Type at least 2 letters to search names, titles, skills, notes, intakes, feedback and resumes.</p>
      ) : shown?.error ? (
        <p className="switcher-hint switcher-error" role="alert">
          {shown.error.message}
        </p>
      ) : shown && ordered.length === 0 ? (
        <div className="switcher-empty">
          <SearchX size={20} strokeWidth={1.75} aria-hidden />
          <p>
            Nothing matches “<strong>{shown.query.trim()}</strong>”.
          </p>
          <p className="switcher-empty-tip">Try the start of a name, a company, a skill or a word from a note.</p>
        </div>
      ) : null}

      <footer className="switcher-footer">
        <span>
          <kbd className="kbd">↑</kbd>
          <kbd className="kbd">↓</kbd> to move
        </span>
        <span>
          <kbd className="kbd">↵</kbd> to open
        </span>
        <span>
          <kbd className="kbd">⇧↵</kbd> to add a person to a shortlist
        </span>
        <span>
          <kbd className="kbd">Esc</kbd> to close
        </span>
        <span className="switcher-footer-shortcut">
          <kbd className="kbd">{switcherShortcut}</kbd> from anywhere
        </span>
      </footer>
      <p className="sr-only" role="status">
        {waiting ? '' : resultCount}
      </p>
      {shortlisting && (
        <ShortlistDialog
          selection={{ kind: shortlisting.kind === 'contact' ? 'contact' : 'candidate', ids: [shortlisting.id] }}
          count={splitMatches(shortlisting.title).map((part) => part.text).join('')}
          onClose={() => setShortlisting(null)}
        />
      )}
    </dialog>
  );
}
