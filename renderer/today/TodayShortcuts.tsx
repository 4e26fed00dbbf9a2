const shortcuts = [
  [['↑', '↓'], 'select'],
  [['Enter'], 'open'],
  [['X'], 'done'],
  [['S'], 'snooze'],
  [['E'], 'edit'],
  [['N'], 'new reminder'],
] as const;

/** The keyboard's ways round Today, said quietly under the list. */
export function TodayShortcuts() {
  return (
    <p className="today-shortcuts hint">
      {shortcuts.map(([keys, what]) => (
        <span key={what} className="today-shortcut">
          {keys.map((key) => (
            <kbd key={key} className="kbd">
              {key}
            </kbd>
          ))}
          {what}
        </span>
      ))}
    </p>
  );
}
