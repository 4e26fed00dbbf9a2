import { Check } from 'lucide-react';
import { closedStages, openStages, stageLabels, type StageName } from '../../../src/api/submissions';
import { Menu, MenuHeading, MenuItem, MenuSeparator } from '../../ui/Menu';
import { canMoveTo } from './moveRules';
import { closeMoveMenu, useMoves, type OpenMenu } from './moveStore';
import { requestMove } from './requestMove';

/** The one "Move to…" menu of a page, hung from whichever card or button opened it. */
export function MoveMenu() {
  const menu = useMoves((s) => s.menu);
  return menu ? <MoveMenuPopup key={menu.mover.id} menu={menu} /> : null;
}

function MoveMenuPopup({ menu }: { menu: OpenMenu }) {
  const { mover, context } = menu;

  function close(refocus: boolean) {
    closeMoveMenu();
    if (refocus && menu.returnFocus.isConnected) menu.returnFocus.focus();
  }

  function choose(stage: StageName) {
    close(true);
    void requestMove(mover, stage, context);
  }

  const item = (stage: StageName) => {
    const current = stage === mover.stage;
    const enabled = canMoveTo(mover, stage, context.steps);
    return (
      <MenuItem key={stage} disabled={!enabled} onSelect={() => choose(stage)}>
        <span className={`stage-dot stage--${stage}`} aria-hidden />
        <span className="menu-label">
          {stageLabels[stage]}
          {current && stage === 'interviewing' && enabled && <span className="muted"> · next step</span>}
        </span>
        {current && <Check size={14} aria-label="current stage" className="move-menu-check" />}
      </MenuItem>
    );
  };

  return (
    <Menu label={`Move ${mover.candidateName} to`} anchor={menu.anchor} onClose={close}>
      <MenuHeading>Move to</MenuHeading>
      {openStages.map(item)}
      <MenuSeparator />
      <MenuHeading>Close as</MenuHeading>
      {closedStages.map(item)}
    </Menu>
  );
}
