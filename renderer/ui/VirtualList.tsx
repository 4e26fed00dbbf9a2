import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/**
 * Ask for the next page while this many rows are still below the fold, so scrolling never waits:
 * room for it to come and wait for a moment the window is idle before the view nears it (below).
 * At 30, a loaded machine's fling with no idle moment showed pages with two frames to spare.
 */
const PREFETCH_ROWS = 50;
/**
 * Within this many rows of the end of those loaded (the rows drawn beyond the view included), a
 * page that has come is shown at once; further up it may wait for a moment the window is idle.
 */
const NEAR_END_ROWS = 20;
/** Rows drawn beyond the view either way: a scroll the compositor runs ahead of the page finds them there. */
const OVERSCAN = 10;
/**
 * The first render draws only a couple beyond the view, so the rows on screen paint sooner; the
 * rest are drawn just after that frame, long before a recruiter can scroll to them.
 */
const FIRST_OVERSCAN = 2;

/** Puts focus on the first row's link, e.g. from the search box's Down arrow. */
export function focusFirstRow(listId: string) {
  document.querySelector<HTMLElement>(`#${listId} [data-index="0"] a`)?.focus();
}

interface VirtualListProps<T> {
  id: string;
  /** The list's accessible name, e.g. "Clients". */
  label: string;
  items: T[];
  total: number;
  hasMore: boolean;
  /** `near`: the rows drawn reach close to the end of those loaded. */
  loadMore: (near: boolean) => void;
  rowHeight: number;
  /** The column titles, laid out on the same grid as the rows. */
  head: ReactNode;
  rowKey: (item: T) => string;
  /**
   * One row: a link, so it opens with Enter and the list moves with the arrow keys. The same
   * function every render (declared outside the component, or memoised): the rows already on
   * screen then skip rendering while the list scrolls.
   */
  renderRow: (item: T) => ReactNode;
}

/** A table-like list of links that renders only what is on screen and fetches pages as it scrolls. */
export function VirtualList<T>({ id, label, items, total, hasMore, loadMore, rowHeight, head, rowKey, renderRow }: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [overscan, setOverscan] = useState(FIRST_OVERSCAN);
  useEffect(() => {
    // A task after the next frame: that frame shows the first rows, without the ones out of view.
    let later = 0;
    const frame = requestAnimationFrame(() => (later = window.setTimeout(() => setOverscan(OVERSCAN))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(later);
    };
  }, []);
  // The virtualizer hands back fresh measurements each render; the compiler cannot memoise it, nor needs to.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && lastShown >= items.length - PREFETCH_ROWS) loadMore(lastShown >= items.length - NEAR_END_ROWS);
  }, [hasMore, lastShown, items.length, loadMore]);

  /** Up and down move between rows, as in a native list; Tab still leaves the list. */
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
    <div className="list-table">
      <div className="list-head" aria-hidden>
        {head}
      </div>
      <div className="list-scroll" ref={scrollRef}>
        <ul id={id} className="list-rows" aria-label={label} onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((row) => (
            <ListSlot
              key={rowKey(items[row.index]!)}
              item={items[row.index]!}
              index={row.index}
              start={row.start}
              height={row.size}
              total={total}
              renderRow={renderRow}
            />
          ))}
        </ul>
      </div>
    </div>
  );
}

interface ListSlotProps<T> {
  item: T;
  index: number;
  start: number;
  height: number;
  total: number;
  renderRow: (item: T) => ReactNode;
}

/**
 * One row in its place. Memoised because every scroll tick renders the list again: only the rows
 * scrolling into view render, not every row on screen with them.
 */
const ListSlot = memo(function ListSlot<T>({ item, index, start, height, total, renderRow }: ListSlotProps<T>) {
  return (
    <li
      data-index={index}
      aria-setsize={total}
      aria-posinset={index + 1}
      className="list-slot"
      style={{ transform: `translateY(${start}px)`, height }}
    >
      {renderRow(item)}
    </li>
  );
}) as <T>(props: ListSlotProps<T>) => ReactNode;
