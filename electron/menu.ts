import { app, BrowserWindow, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src/api/desktop';
import { MENU_CHANNEL } from './policy';

export function installMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', app.isPackaged)));
}

/** Asks the window to start what the recruiter chose in the menu: the page owns the screens. */
const command = (name: MenuCommand) => () => BrowserWindow.getAllWindows()[0]?.webContents.send(MENU_CHANNEL, name);

/** The platform's standard menus, with sharing in File. Reload and developer tools exist only while developing. */
export function menuTemplate(isMac: boolean, isPackaged: boolean): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const about: MenuItemConstructorOptions[] = isMac ? [] : [{ type: 'separator' }, { role: 'about' }];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Export for a Colleague…', accelerator: 'CmdOrCtrl+Shift+E', click: command('export') },
        { label: 'Import a Colleague’s Export…', accelerator: 'CmdOrCtrl+Shift+I', click: command('import') },
        { type: 'separator' },
        { label: 'Import from CSV…', click: command('import-csv') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
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
