import type { Method } from '../api/contract';
import { assertSubject } from '../notes/subjects';
import type { Handlers } from '../server/handler';
import { takeDueAlerts } from './alerts';
import { exportCalendar } from './calendar';
import { proposeFollowUps } from './proposals/run';
import { ruleSettings, saveRuleSettings } from './proposals/settings';
import {
  completeReminder,
  createReminder,
  dismissReminder,
  getReminder,
  remindersAbout,
  reopenReminder,
  updateReminder,
} from './reminders';
import { closeMany, restoreMany, snoozeMany } from './many';
import { snoozeChoices, snoozeReminder, unsnoozeReminder } from './snooze';
import { saveWorkingTime, workingTime } from './workingTime';
import { dueCount, today } from './today';

type ReminderMethods = Extract<Method, `reminders.${string}` | `workingTime.${string}` | 'calendar.export'>;

export const reminderHandlers: Handlers<ReminderMethods> = {
  'reminders.today': today,
  'reminders.count': (core) => ({ due: dueCount(core) }),
  'reminders.list': (core, input) => {
    // Refused before the rules run: a run is remembered, and a refused call's writes are rolled back.
    assertSubject(core, input.about, 'reminders');
    // A record's page shows what the rules propose for it as soon as it is warranted.
    proposeFollowUps(core);
    return remindersAbout(core, input);
  },
  'reminders.get': (core, { id }) => getReminder(core, id),
  'reminders.create': createReminder,
  'reminders.update': updateReminder,
  'reminders.complete': (core, { id }) => completeReminder(core, id),
  'reminders.dismiss': (core, { id }) => dismissReminder(core, id),
  'reminders.reopen': (core, { id }) => reopenReminder(core, id),
  'reminders.snooze': snoozeReminder,
  'reminders.snoozeChoices': (core, { id }) => snoozeChoices(core, id),
  'reminders.unsnooze': unsnoozeReminder,
  'reminders.closeMany': closeMany,
  'reminders.snoozeMany': snoozeMany,
  'reminders.restoreMany': restoreMany,
  'reminders.alerts': takeDueAlerts,
  'reminders.rules': ruleSettings,
  'reminders.saveRules': saveRuleSettings,
  'workingTime.get': workingTime,
  'workingTime.save': saveWorkingTime,
  'calendar.export': exportCalendar,
};
