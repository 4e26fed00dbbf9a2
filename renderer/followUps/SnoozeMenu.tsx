import { CalendarDays, CalendarRange, Clock, Sunrise, type LucideIcon } from 'lucide-react';
import { snoozePresetLabels, type SnoozeChoice, type SnoozePreset } from '../../src/api/reminders';
import { useData } from '../api/data';
import { formatNearDay, formatTime, todayDay } from '../ui/dates';
import { Menu, MenuItem, MenuSeparator } from '../ui/Menu';
import { showFailure, snoozeFollowUp } from './followUpActions';
import { closeSnoozeMenu, openSnoozeDate, useFollowUpDialogs, type SnoozeMenuState } from './followUpStore';

const presetIcons: Record<SnoozePreset, LucideIcon> = { later_today: Clock, tomorrow_morning: Sunrise, next_week: CalendarRange };

/** The page's one "Snooze until…" menu, hung from the Snooze button that opened it. */
export function SnoozeMenu() {
  const menu = useFollowUpDialogs((s) => s.snoozeMenu);
  return menu ? <SnoozeMenuPopup key={menu.reminder.id} menu={menu} /> : null;
}

/** "Mon 7 Dec, 09:00": where a preset lands, since "tomorrow morning" on a Saturday is Monday's. */
const landsOn = (until: string) => `${formatNearDay(todayDay(new Date(until)))}, ${formatTime(until)}`;

function SnoozeMenuPopup({ menu }: { menu: SnoozeMenuState }) {
  const { reminder, anchor } = menu;
  // The core says where each preset lands on the recruiter's working days, and which would bring it forward.
  const { data: choices, error } = useData('reminders.snoozeChoices', { id: reminder.id });

  function close(refocus: boolean) {
    closeSnoozeMenu();
    if (refocus && anchor.isConnected) anchor.focus();
  }
  if (error) {
    showFailure(error);
    closeSnoozeMenu();
    return null;
  }
  // Drawn once the choices are here, so the menu opens with its first usable item focused.
  if (!choices) return null;

  return (
    <Menu label={`Snooze “${reminder.title}” until`} anchor={anchor} onClose={close} className="snooze-menu">
      {choices.map((choice) => (
        <PresetItem key={choice.preset} choice={choice} onSelect={() => {
          close(true);
          snoozeFollowUp(reminder, choice.preset).catch(showFailure);
        }} />
      ))}
      <MenuSeparator />
      <MenuItem onSelect={() => openSnoozeDate(reminder)}>
        <CalendarDays size={14} aria-hidden className="button-icon" />
        <span className="menu-label">Pick a date…</span>
      </MenuItem>
    </Menu>
  );
}

function PresetItem({ choice, onSelect }: { choice: SnoozeChoice; onSelect: () => void }) {
  const Icon = presetIcons[choice.preset];
  const detail = choice.refused && choice.until ? 'due later already' : choice.until ? landsOn(choice.until) : 'too late today';
  return (
    <MenuItem onSelect={onSelect} disabled={choice.refused !== null}>
      <Icon size={14} aria-hidden className="button-icon" />
      <span className="menu-label">{snoozePresetLabels[choice.preset]}</span>
      <span className="menu-detail" title={choice.refused ?? undefined}>
        {detail}
      </span>
    </MenuItem>
  );
}
