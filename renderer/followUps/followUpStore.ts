import { create } from 'zustand';
import type { NoteSubject } from '../../src/api/notes';
import type { Reminder } from '../../src/api/reminders';

/** The record a follow-up is about, with its name to show. */
export interface LinkedRecord {
  kind: NoteSubject;
  id: string;
  name: string;
}

/** A new follow-up (about a record when added from its page), or one being edited. */
export type ReminderEditor = { mode: 'new'; about: LinkedRecord | null } | { mode: 'edit'; reminder: Reminder };

export interface SnoozeMenuState {
  reminder: Reminder;
  /** The Snooze button the menu hangs from; focus goes back to it. */
  anchor: HTMLElement;
}

interface FollowUpDialogs {
  editor: ReminderEditor | null;
  snoozeMenu: SnoozeMenuState | null;
  /** Snoozing until a day the recruiter picks. */
  snoozeDate: Reminder | null;
}

const closed: FollowUpDialogs = { editor: null, snoozeMenu: null, snoozeDate: null };

export const useFollowUpDialogs = create<FollowUpDialogs>(() => closed);

/** Leaving a page closes what it had open. */
export const resetFollowUpDialogs = () => useFollowUpDialogs.setState(closed);
export const openReminderEditor = (editor: ReminderEditor) => useFollowUpDialogs.setState({ editor });
export const closeReminderEditor = () => useFollowUpDialogs.setState({ editor: null });
export const openSnoozeMenu = (snoozeMenu: SnoozeMenuState) => useFollowUpDialogs.setState({ snoozeMenu });
export const closeSnoozeMenu = () => useFollowUpDialogs.setState({ snoozeMenu: null });
export const openSnoozeDate = (reminder: Reminder) => useFollowUpDialogs.setState({ snoozeMenu: null, snoozeDate: reminder });
export const closeSnoozeDate = () => useFollowUpDialogs.setState({ snoozeDate: null });
