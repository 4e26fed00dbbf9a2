import { useEffect, useLayoutEffect, useRef } from 'react';
import { create } from 'zustand';

/**
 * Typed text is never dropped without a word. Every form registers whether it holds changes not
 * yet saved (and how to save them); leaving a page, closing a dialog or closing the window asks
 * first when one does: keep editing, discard, or save.
 */
interface Guard {
  /** Changes are typed and not saved. Updated on every render of the form. */
  dirty: boolean;
  /** Saves what is typed; true once saved, false when the form refused (its messages show). */
  save?: () => Promise<boolean>;
  /** Where the form is on screen, so closing a dialog asks only about the forms inside it. */
  element: () => Element | null;
  /** Discarded or saved on the way out: the form is leaving, whatever it renders meanwhile. */
  released: boolean;
}

const guards = new Set<Guard>();

/** The forms with unsaved changes inside this part of the screen (a dialog, a section), or anywhere. */
function dirtyIn(scope: Element | 'all'): Guard[] {
  return [...guards].filter((g) => g.dirty && !g.released && (scope === 'all' || scope.contains(g.element())));
}

/** Some form on screen holds typed changes not saved yet. */
export const hasUnsavedChanges = () => dirtyIn('all').length > 0;

export interface UnsavedChanges {
  /**
   * Runs the form's own save. While it runs the changes count as saved, so a save that closes its
   * dialog or moves to another page leaves without being asked; if it throws they count again.
   */
  saving<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Registers a form's unsaved changes while it is on screen. `element` finds the form; `save` is
 * what the prompt's Save does (without it the prompt offers only to keep editing or discard).
 */
export function useUnsavedChanges(dirty: boolean, element: () => Element | null, save?: () => Promise<boolean>): UnsavedChanges {
  const guard = useRef<Guard>({ dirty, save, element, released: false });
  // Before the browser hands the recruiter the next event, so a leave always reads what is on screen.
  useLayoutEffect(() => {
    guard.current.dirty = dirty;
    guard.current.save = save;
    guard.current.element = element;
    // Once what is on screen is what was saved, the next change is guarded again.
    if (!dirty) guard.current.released = false;
  });
  useEffect(() => {
    const current = guard.current;
    guards.add(current);
    return () => {
      guards.delete(current);
    };
  }, []);
  return {
    saving: async (work) => {
      guard.current.released = true;
      try {
        return await work();
      } catch (error) {
        guard.current.released = false;
        throw error;
      }
    },
  };
}

interface Prompt {
  /** The prompt can offer Save: every form with changes knows how to save them. */
  canSave: boolean;
  answer: (choice: 'keep' | 'discard' | 'save') => void;
}

/** The one question on screen, if asked. */
export const useUnsavedPrompt = create<{ prompt: Prompt | null; saving: boolean }>(() => ({ prompt: null, saving: false }));

/**
 * Asks before leaving when forms in the scope (a dialog, or 'all' for a page or the window)
 * hold unsaved changes. Resolves true when it is fine to go on: nothing was typed, the recruiter
 * chose to discard, or everything saved.
 */
export function confirmLeave(scope: Element | 'all' = 'all'): Promise<boolean> {
  const dirty = dirtyIn(scope);
  if (dirty.length === 0) return Promise.resolve(true);
  // A second leave while the question is open waits for the same answer.
  const open = useUnsavedPrompt.getState().prompt;
  if (open) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      useUnsavedPrompt.setState({ prompt: null, saving: false });
      resolve(ok);
    };
    const answer = async (choice: 'keep' | 'discard' | 'save') => {
      if (choice === 'keep') return done(false);
      if (choice === 'discard') {
        for (const g of dirty) g.released = true;
        return done(true);
      }
      useUnsavedPrompt.setState({ saving: true });
      for (const g of dirty) {
        const saved = g.save ? await g.save().catch(() => false) : false;
        // A form that refused shows its messages where it stands: the recruiter stays to mend them.
        if (!saved) return done(false);
        g.released = true;
      }
      done(true);
    };
    useUnsavedPrompt.setState({
      prompt: { canSave: dirty.every((g) => g.save !== undefined), answer: (choice) => void answer(choice) },
    });
  });
}
