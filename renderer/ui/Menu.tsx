import { useEffect, useEffectEvent, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

const GAP = 4;
const EDGE = 8;

interface MenuProps {
  /** The menu's accessible name, e.g. "Move Maya Chen to". */
  label: string;
  /** What the menu hangs from. */
  anchor: HTMLElement;
  /** `refocus` when the keyboard closed it, so focus can go back where it came from. */
  onClose: (refocus: boolean) => void;
  className?: string;
  children: ReactNode;
}

const enabledItems = (menu: HTMLElement | null) =>
  Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? []);

/**
 * A popup menu hung from a button or a card: below it and right-aligned, above it when the
 * window has no room below. The arrow keys walk its items; Escape, Tab, a click elsewhere, or
 * scrolling its anchor away closes it.
 */
export function Menu({ label, anchor, onClose, className, children }: MenuProps) {
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const popup = ref.current!;
    const at = anchor.getBoundingClientRect();
    const size = popup.getBoundingClientRect();
    const below = at.bottom + GAP;
    const top = below + size.height > window.innerHeight - EDGE ? Math.max(EDGE, at.top - GAP - size.height) : below;
    const left = Math.min(Math.max(EDGE, at.right - size.width), window.innerWidth - size.width - EDGE);
    popup.style.top = `${top}px`;
    popup.style.left = `${left}px`;
    popup.style.visibility = 'visible';
    enabledItems(popup)[0]?.focus();
  }, [anchor]);

  const closeFromOutside = useEffectEvent((event: Event) => {
    if (!ref.current?.contains(event.target as Node)) onClose(false);
  });
  const closeOnResize = useEffectEvent(() => onClose(false));

  useEffect(() => {
    document.addEventListener('pointerdown', closeFromOutside, true);
    // The menu hangs where its anchor was: once that scrolls away, the menu goes too.
    document.addEventListener('scroll', closeFromOutside, true);
    window.addEventListener('resize', closeOnResize);
    return () => {
      document.removeEventListener('pointerdown', closeFromOutside, true);
      document.removeEventListener('scroll', closeFromOutside, true);
      window.removeEventListener('resize', closeOnResize);
    };
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    const list = enabledItems(ref.current);
    const at = list.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        go(at + 1);
        break;
      case 'ArrowUp':
        go(at - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(list.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        onClose(true);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div ref={ref} role="menu" aria-label={label} className={['menu', className].filter(Boolean).join(' ')} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}

interface MenuItemProps {
  onSelect: () => void;
  disabled?: boolean;
  className?: string;
  children: ReactNode;
}

export function MenuItem({ onSelect, disabled, className, children }: MenuItemProps) {
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={['menu-item', className].filter(Boolean).join(' ')}
      aria-disabled={disabled || undefined}
      onClick={() => !disabled && onSelect()}
    >
      {children}
    </button>
  );
}

/** A quiet title over a group of items; screen readers have the menu's name instead. */
export function MenuHeading({ children }: { children: ReactNode }) {
  return (
    <p className="menu-heading" aria-hidden>
      {children}
    </p>
  );
}

export function MenuSeparator() {
  return <div className="menu-separator" role="separator" />;
}
