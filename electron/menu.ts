import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';

export function installMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', app.isPackaged)));
}

/** The platform's standard menus. Reload and developer tools exist only while developing. */
export function menuTemplate(isMac: boolean, isPackaged: boolean): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const about: MenuItemConstructorOptions[] = isMac ? [] : [{ type: 'separator' }, { role: 'about' }];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        // Where the database and its backups live, for a recruiter who wants a copy.
        { label: 'Show Data Folder', click: () => void shell.openPath(app.getPath('userData')) },
        ...about,
      ],
    },
  ];
}
