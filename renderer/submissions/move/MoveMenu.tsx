import { Check } from 'lucide-react';
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { closedStages, openStages, stageLabels, type StageName } from '../../../src/api/submissions';
import { canMoveTo } from './moveRules';
import { closeMoveMenu, useMoves, type OpenMenu } from './moveStore';
import { requestMove } from './requestMove';

/** The one "Move to…" menu of a page, hung from whichever card or button opened it. */
export function MoveMenu() {
  const menu = useMoves((s) => s.menu);
  return menu ? <MenuPopup key={menu.mover.id} menu={menu} /> : null;
}

const GAP = 4;
const EDGE = 8;

function MenuPopup({ menu }: { menu: OpenMenu }) {
  const ref = useRef<HTMLDivElement>(null);
  const { mover, context } = menu;

  // Below the anchor, right-aligned to it; above it when the window has no room below.
  useLayoutEffect(() => {
    const popup = ref.current!;
    const anchor = menu.anchor.getBoundingClientRect();
    const size = popup.getBoundingClientRect();
    const below = anchor.bottom + GAP;
    const top = below + size.height > window.innerHeight - EDGE ? Math.max(EDGE, anchor.top - GAP - size.height) : below;
    const left = Math.min(Math.max(EDGE, anchor.right - size.width), window.innerWidth - size.width - EDGE);
    popup.style.top = `${top}px`;
    popup.style.left = `${left}px`;
    popup.style.visibility = 'visible';
    popup.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [menu.anchor]);

  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) closeMoveMenu();
    };
    // The menu hangs where its anchor was: once that scrolls away, the menu goes too.
    const onScroll = (event: Event) => {
      if (!ref.current?.contains(event.target as Node)) closeMoveMenu();
    };
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', closeMoveMenu);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', closeMoveMenu);
    };
  }, []);

  const items = () => Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? []);

  function close(refocus: boolean) {
    closeMoveMenu();
    if (refocus && menu.returnFocus.isConnected) menu.returnFocus.focus();
  }

  function choose(stage: StageName) {
    close(true);
    void requestMove(mover, stage, context);
  }

  function onKeyDown(event: KeyboardEvent) {
    const list = items();
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
        close(true);
        break;
      case 'Tab':
        close(true);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  const item = (stage: StageName) => {
    const current = stage === mover.stage;
    const enabled = canMoveTo(mover, stage, context.steps);
    return (
      <button
        key={stage}
        type="button"
        role="menuitem"
        tabIndex={-1}
        className={`move-menu-item move-menu-item--${stage}`}
        aria-disabled={enabled ? undefined : true}
        onClick={() => enabled && choose(stage)}
      >
        <span className={`stage-dot stage--${stage}`} aria-hidden />
        <span className="move-menu-label">
          {stageLabels[stage]}
          {current && stage === 'interviewing' && enabled && <span className="muted"> · next step</span>}
        </span>
        {current && <Check size={14} aria-label="current stage" className="move-menu-check" />}
      </button>
    );
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={`Move ${mover.candidateName} to`}
      className="move-menu"
      onKeyDown={onKeyDown}
    >
      <p className="move-menu-heading" aria-hidden>
        Move to
      </p>
      {openStages.map(item)}
      <div className="move-menu-separator" role="separator" />
      <p className="move-menu-heading" aria-hidden>
        Close as
      </p>
      {closedStages.map(item)}
    </div>
  );
}
