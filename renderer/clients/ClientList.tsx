import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ClientSummary } from '../../src/api/clients';
import { ClientRow } from './ClientRow';

const LIST_ID = 'client-list';
const ROW_HEIGHT = 52;
/** Ask for the next page while this many rows are still below the fold, so scrolling never waits. */
const PREFETCH_ROWS = 30;

export function focusFirstClient() {
  document.querySelector<HTMLElement>(`#${LIST_ID} [data-index="0"] a`)?.focus();
}

interface ClientListProps {
  items: ClientSummary[];
  total: number;
  hasMore: boolean;
  loadMore: () => void;
}

export function ClientList({ items, total, hasMore, loadMore }: ClientListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer hands back fresh measurements each render; the compiler cannot memoise it, nor needs to.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && lastShown >= items.length - PREFETCH_ROWS) loadMore();
  }, [hasMore, lastShown, items.length, loadMore]);

  /** Up and down move between clients, as in a native list; Tab still leaves the list. */
  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const from = Number((event.target as HTMLElement).closest('[data-index]')?.getAttribute('data-index'));
    if (Number.isNaN(from)) return;
    event.preventDefault();
    const to = Math.min(items.length - 1, Math.max(0, from + (event.key === 'ArrowDown' ? 1 : -1)));
    const rowLink = () => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${to}"] a`);
    const rendered = rowLink();
    // The next row is almost always rendered already (overscan); focusing it at once keeps up with key repeat.
    if (rendered) rendered.focus();
    else {
      virtualizer.scrollToIndex(to);
      requestAnimationFrame(() => rowLink()?.focus());
    }
  }

  return (
    <div className="client-table">
      <div className="client-columns-head" aria-hidden>
        <span>Name</span>
        <span>Industry</span>
        <span>Location</span>
        <span>Status</span>
        <span className="numeric">Contacts</span>
      </div>
      <div className="client-scroll" ref={scrollRef}>
        <ul
          id={LIST_ID}
          className="client-rows"
          aria-label="Clients"
          onKeyDown={onKeyDown}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {rows.map((row) => (
            <li
              key={items[row.index]!.id}
              data-index={row.index}
              aria-setsize={total}
              aria-posinset={row.index + 1}
              className="client-row-slot"
              style={{ transform: `translateY(${row.start}px)`, height: row.size }}
            >
              <ClientRow client={items[row.index]!} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
