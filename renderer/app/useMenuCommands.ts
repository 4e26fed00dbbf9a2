import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { MenuCommand } from '../../src/api/desktop';
import { requestSharingPanel } from '../sharing/sharingRequest';
import { paths } from './paths';

/** The desktop app's File menu: export or import on the Sharing screen, or the CSV import. The browser has no such menu. */
export function useMenuCommands(): void {
  const [, navigate] = useLocation();
  useEffect(
    () =>
      window.shortlist?.onMenu((command: MenuCommand) => {
        if (command === 'import-csv') return navigate(paths.csvImport());
        requestSharingPanel(command);
        navigate(paths.sharing);
      }),
    [navigate],
  );
}
