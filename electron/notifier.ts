import { app, Notification, type BrowserWindow } from 'electron';
import type { DueAlerts, Reminder } from '../src/api/reminders';
import type { CoreCalls } from '../src/host/calls';
import { OPEN_CHANNEL } from './policy';
import { bringToFront } from './window';

/** Often enough that a reminder set for 14:00 is shown by 14:00:30. */
const EVERY_MS = 30_000;

/**
 * Shows each reminder as a desktop notification when it falls due, once (the core remembers
 * which it has shown, so a restart does not show them again), and keeps the due count on the
 * dock or taskbar badge. Clicking a notification opens the record it is about.
 */
export function startNotifier(core: CoreCalls, mainWindow: () => BrowserWindow | undefined): () => void {
  // Electron forgets a notification's click handler if the object is garbage collected first.
  const shown = new Set<Notification>();
  const show = (title: string, body: string, reminder: Reminder | null) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title, body });
    shown.add(notification);
    notification.on('click', () => {
      const window = mainWindow();
      bringToFront(window);
      if (reminder?.about) window?.webContents.send(OPEN_CHANNEL, { kind: reminder.about.kind, id: reminder.about.id });
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  };

  const tick = async () => {
    const outcome = await core.call('reminders.alerts', {});
    if (!outcome.ok) {
      console.error('[shortlist] could not look for due reminders', outcome.error);
      return;
    }
    const { reminders, total, dueCount } = outcome.result as DueAlerts;
    app.setBadgeCount(dueCount);
    if (total > reminders.length) {
      // Many at once (the app was closed for a while): one summary rather than a flood.
      show(`${total} follow-ups are due`, reminders.map((r) => r.title).join('\n'), null);
    } else {
      for (const reminder of reminders) show(reminder.title, reminder.about?.name ?? 'Follow-up due', reminder);
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), EVERY_MS);
  return () => clearInterval(timer);
}
