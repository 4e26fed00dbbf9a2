import type { KeyboardEvent, MouseEvent } from 'react';
import { listOrder } from './listOrder';
import { isSelected, selectRange, toggle, useSelection } from './selectionStore';
import '../styles/selection.css';

/**
 * A row's part in selecting many: its checkbox, and its link, where Ctrl/Cmd-click or Space
 * selects instead of opening and Shift-click selects everything from the last row clicked.
 * `claim` runs first: a board column makes the selection its own (and the range its cards).
 */
export function useRowSelection(id: string, name: string, claim?: () => void) {
  const selected = useSelection((s) => isSelected(s, id));
  const pick = (event: MouseEvent | KeyboardEvent) => {
    claim?.();
    if ('shiftKey' in event && event.shiftKey) selectRange(id, listOrder.ids);
    else toggle(id);
  };
  return {
    selected,
    checkbox: {
      type: 'checkbox' as const,
      className: 'row-check',
      checked: selected,
      'aria-label': `Select ${name}`,
      // Not preventDefault: the browser ticks the box, and the store agrees on the next render.
      onClick: pick,
      onChange: () => undefined,
    },
    link: {
      onClick: (event: MouseEvent) => {
        if (!event.ctrlKey && !event.metaKey && !event.shiftKey) return;
        event.preventDefault();
        pick(event);
      },
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== ' ') return;
        event.preventDefault();
        claim?.();
        toggle(id);
      },
    },
  };
}
