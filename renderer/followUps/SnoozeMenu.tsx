import { CalendarDays, CalendarRange, Clock, Sunrise, type LucideIcon } from 'lucide-react';
import { snoozePresetLabels, snoozePresets, type SnoozePreset } from '../../src/api/reminders';
import { Menu, MenuItem, MenuSeparator } from '../ui/Menu';
import { showFailure, snoozeFollowUp } from './followUpActions';
import { closeSnoozeMenu, openSnoozeDate, useFollowUpDialogs, type SnoozeMenuState } from './followUpStore';

const presetIcons: Record<SnoozePreset, LucideIcon> = { later_today: Clock, tomorrow_morning: Sunrise, next_week: CalendarRange };

/** The page's one "Snooze until…" menu, hung from the Snooze button that opened it. */
export function SnoozeMenu() {
  const menu = useFollowUpDialogs((s) => s.snoozeMenu);
  return menu ? <SnoozeMenuPopup key={menu.reminder.id} menu={menu} /> : null;
}

function SnoozeMenuPopup({ menu }: { menu: SnoozeMenuState }) {
  const { reminder, anchor } = menu;

  function close(refocus: boolean) {
    closeSnoozeMenu();
    if (refocus && anchor.isConnected) anchor.focus();
  }

  return (
    <Menu label={`Snooze “${reminder.title}” until`} anchor={anchor} onClose={close}>
      {snoozePresets.map((preset) => {
        const Icon = presetIcons[preset];
        return (
          <MenuItem
            key={preset}
            onSelect={() => {
              close(true);
              snoozeFollowUp(reminder, preset).catch(showFailure);
            }}
          >
            <Icon size={14} aria-hidden className="button-icon" />
            <span className="menu-label">{snoozePresetLabels[preset]}</span>
          </MenuItem>
        );
      })}
      <MenuSeparator />
      <MenuItem onSelect={() => openSnoozeDate(reminder)}>
        <CalendarDays size={14} aria-hidden className="button-icon" />
        <span className="menu-label">Pick a date…</span>
      </MenuItem>
    </Menu>
  );
}
