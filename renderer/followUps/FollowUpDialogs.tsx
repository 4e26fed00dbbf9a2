import { useEffect } from 'react';
// Every screen with follow-ups mounts these dialogs, so their rows' and form's looks come with them.
import '../styles/followups.css';
import { resetFollowUpDialogs, useFollowUpDialogs } from './followUpStore';
import { ReminderFormDialog } from './ReminderFormDialog';
import { SnoozeDateDialog } from './SnoozeDateDialog';
import { SnoozeMenu } from './SnoozeMenu';

/** What a page's follow-ups open: the reminder form, the snooze menu, the snooze-until-a-day dialog. Closed on leaving. */
export function FollowUpDialogs() {
  const { editor, snoozeDate } = useFollowUpDialogs();
  useEffect(() => resetFollowUpDialogs, []);
  return (
    <>
      {editor && <ReminderFormDialog editor={editor} />}
      <SnoozeMenu />
      {snoozeDate && <SnoozeDateDialog reminder={snoozeDate} />}
    </>
  );
}
