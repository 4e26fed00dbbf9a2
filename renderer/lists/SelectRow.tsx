import type { ReactNode } from 'react';
import { useRowSelection } from './useRowSelection';

/** What a row's link takes so that Ctrl/Cmd-click, Shift-click and Space select. */
export type RowLinkProps = ReturnType<typeof useRowSelection>['link'];

/** A list row that selects: its checkbox cell, then the row's own link, given the props that let Ctrl/Cmd-click and Space select. */
export function SelectRow({ id, name, children }: { id: string; name: string; children: (link: RowLinkProps) => ReactNode }) {
  const { selected, checkbox, link } = useRowSelection(id, name);
  return (
    <div className={selected ? 'select-row is-selected' : 'select-row'}>
      <input {...checkbox} />
      {children(link)}
    </div>
  );
}

/** The list's column heads, over the checkbox cell. */
export function SelectHead({ children }: { children: ReactNode }) {
  return (
    <div className="select-row">
      <span />
      {children}
    </div>
  );
}
