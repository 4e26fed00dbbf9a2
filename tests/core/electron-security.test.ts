import fs from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// Imported for real, not through the fake Electron below: these must run without Electron.
import { APP_ENTRY_URL, contentTypeFor, isAppUrl, rendererFile } from '../../electron/app-url';
import { allowsPermission, CALL_CHANNEL, isTrustedSender, MENU_CHANNEL, OPEN_CHANNEL, safeExternalUrl, secureWebPreferences } from '../../electron/policy';
import { DEFAULT_SIZE, MIN_SIZE, parseWindowState, placeWindow } from '../../electron/window-state';
import type { Outcome } from '../../src/api/errors';
import { closeDatabase, openDatabase } from '../../src/db/open';
import { dispatch } from '../../src/server/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../src/server/csp';
import { defaultDataDir } from '../../src/platform/paths';
import { tempDir } from './helpers';

const root = path.resolve(import.meta.dirname, '../..');
const electronDir = path.join(root, 'electron');
const electronFiles = fs.readdirSync(electronDir).filter((name) => name.endsWith('.ts'));
/** A file of electron/ without the comments that open its lines, so prose is not mistaken for code. */
const code = (file: string) =>
  fs
    .readFileSync(path.join(electronDir, file), 'utf8')
    .replace(/^\s*\/\*[\s\S]*?\*\//gm, '')
    .replace(/^\s*\/\/.*$/gm, '');

// Quitting waits for each launch's core threads to close (up to a minute each, as launch waits):
// vitest's default 10 s for a hook is less than two quits on a busy machine.
afterEach(async () => {
  for (const electron of launched.splice(0)) await quit(electron);
  vi.doUnmock('electron');
  vi.resetModules();
  vi.restoreAllMocks();
}, 150_000);

describe('a window', () => {
  it('keeps every setting of Electron’s security checklist, and nothing else', () => {
    expect(secureWebPreferences('/app/preload.cjs', false)).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      plugins: false,
      enableWebSQL: false,
      safeDialogs: true,
      devTools: false,
    });
  });

  it('is made in one place only, from those settings', () => {
    for (const file of electronFiles) {
      const windows = code(file).match(/new BrowserWindow\(/g) ?? [];
      const preferences = code(file).match(/webPreferences\s*:.*/g) ?? [];
      expect(windows, file).toHaveLength(file === 'window.ts' ? 1 : 0);
      expect(preferences, file).toEqual(file === 'window.ts' ? ['webPreferences: secureWebPreferences(preload, !app.isPackaged),'] : []);
    }
    expect(code('main.ts')).toContain('createMainWindow(PRELOAD)');
  });

  it.each(['app-url.ts', 'policy.ts', 'window-state.ts'])('has its rules in %s, which runs without Electron', (file) => {
    expect(code(file)).not.toMatch(/^import (?!type )[^;]*'electron'/m);
  });
});

describe('links that leave the app', () => {
  it('open web pages and e-mail, as parsed', () => {
    expect(safeExternalUrl('https://acme.example/careers')).toBe('https://acme.example/careers');
    expect(safeExternalUrl('HTTP://Acme.example')).toBe('http://acme.example/');
    expect(safeExternalUrl('mailto:jane@acme.example?subject=Interview')).toBe('mailto:jane@acme.example?subject=Interview');
  });

  it.each([
    'file:///etc/passwd',
    'file://fileserver/share/cv.exe',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'smb://fileserver/share',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ms-msdt:/id PCWDiagnostic',
    'ftp://acme.example/',
    'app://shortlist/',
    'https://bank.example@evil.example/',
    'https://jane:secret@acme.example/',
    '/clients',
    '',
  ])('refuse %s', (url) => {
    expect(safeExternalUrl(url)).toBeUndefined();
  });
});

describe('the app’s own pages', () => {
  it('are app://shortlist/ and nothing that merely looks like it', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://shortlist/index.html#/clients/42')).toBe(true);
    for (const url of [
      'app://shortlist.evil.example/',
      'app://evil.example/shortlist',
      'app://jane@shortlist/',
      'app://shortlist:8080/',
      'https://shortlist/',
      `file://${root}/out/renderer/index.html`,
      'about:blank',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('are served from the built renderer and never from outside it', () => {
    const renderer = path.join(root, 'out', 'renderer');
    expect(rendererFile('app://shortlist/', renderer)).toBe(path.join(renderer, 'index.html'));
    expect(rendererFile('app://shortlist', renderer)).toBe(path.join(renderer, 'index.html'));
    expect(rendererFile('app://shortlist/assets/index-1a2b.js', renderer)).toBe(path.join(renderer, 'assets', 'index-1a2b.js'));
    for (const url of ['app://shortlist/..%2f..%2fpackage.json', 'app://shortlist/a%00.js', 'app://other/index.html', 'file:///etc/passwd']) {
      expect(rendererFile(url, renderer), url).toBeUndefined();
    }
    for (const url of ['app://shortlist/../../etc/passwd', 'app://shortlist/%2e%2e/%2e%2e/x', 'app://shortlist/%5c..%5c..%5cx']) {
      const file = rendererFile(url, renderer);
      expect(file === undefined || file.startsWith(renderer + path.sep), url).toBe(true);
    }
    expect(contentTypeFor('index-1a2b.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('notes.exe')).toBe('application/octet-stream');
  });
});

describe('IPC', () => {
  it('is answered only for the app’s page in its top frame', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://shortlist/index.html#/today', parent: null })).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://shortlist.evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: `file://${root}/out/renderer/index.html`, parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('permissions', () => {
  it('let the app’s page copy to the clipboard and open safe links, and nothing more', () => {
    expect(allowsPermission('clipboard-sanitized-write', APP_ENTRY_URL)).toBe(true);
    expect(allowsPermission('openExternal', APP_ENTRY_URL, 'mailto:jane@acme.example')).toBe(true);
    expect(allowsPermission('openExternal', APP_ENTRY_URL, 'file:///etc/passwd')).toBe(false);
    expect(allowsPermission('openExternal', APP_ENTRY_URL)).toBe(false);
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read', 'fileSystem', 'unknown']) {
      expect(allowsPermission(permission, APP_ENTRY_URL), permission).toBe(false);
    }
    expect(allowsPermission('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });
});

describe('the window’s place', () => {
  const screenArea = { x: 0, y: 0, width: 1920, height: 1080 };
  const saved = { x: 100, y: 80, width: 1400, height: 900, maximized: false };

  it('is read back from its file, and a damaged file is ignored', () => {
    expect(parseWindowState(JSON.stringify({ ...saved, maximized: true }))).toEqual({ ...saved, maximized: true });
    expect(parseWindowState(JSON.stringify({ ...saved, maximized: 'yes' }))?.maximized).toBe(false);
    for (const text of ['', '{', 'null', '[]', JSON.stringify({ ...saved, x: '100' }), JSON.stringify({ ...saved, width: 0 })]) {
      expect(parseWindowState(text), text).toBeUndefined();
    }
    expect(parseWindowState(JSON.stringify({ ...saved, y: 80.5 }))).toBeUndefined();
  });

  it('is restored while its title bar is on a screen', () => {
    expect(placeWindow(saved, [screenArea], screenArea)).toEqual(saved);
    const onSecondScreen = { ...saved, x: 2000 };
    const second = { x: 1920, y: 0, width: 2560, height: 1440 };
    expect(placeWindow(onSecondScreen, [screenArea, second], screenArea)).toEqual(onSecondScreen);
  });

  it('is forgotten, keeping the size, when that screen is gone or the title bar is out of reach', () => {
    const centred = { width: 1400, height: 900, maximized: false };
    expect(placeWindow({ ...saved, x: 2000 }, [screenArea], screenArea)).toEqual(centred);
    expect(placeWindow({ ...saved, y: -20 }, [screenArea], screenArea)).toEqual(centred);
    expect(placeWindow({ ...saved, x: 1860 }, [screenArea], screenArea)).toEqual(centred);
  });

  it('fits the screen, and starts at a sensible size', () => {
    const laptop = { x: 0, y: 0, width: 1280, height: 720 };
    expect(placeWindow({ ...saved, width: 3000, height: 2000 }, [laptop], laptop)).toMatchObject({ width: 1280, height: 720 });
    expect(placeWindow({ ...saved, width: 300, height: 200 }, [screenArea], screenArea)).toMatchObject(MIN_SIZE);
    expect(placeWindow(undefined, [screenArea], screenArea)).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });
});

describe('the preload', () => {
  it('hands the page four functions and never ipcRenderer itself', () => {
    const preload = code('preload.ts');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toContain("exposeInMainWorld('shortlist', {");
    const uses = [...preload.matchAll(/\bipcRenderer\b.{0,40}/g)].map((match) => match[0]);
    expect(uses).toEqual([
      "ipcRenderer, type IpcRendererEvent } from 'electron",
      'ipcRenderer.on(channel, forward);',
      'ipcRenderer.removeListener(channel, forward);',
      'ipcRenderer.invoke(CALL_CHANNEL, method, input, id)',
      'ipcRenderer.send(DROP_CHANNEL, id),',
    ]);
  });

  it('forwards a call to the one channel and its answer back', async () => {
    const electron = fakeElectron();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, result: 'pong' });
    await withFakeElectron(electron, () => import('../../electron/preload'));
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
    expect(name).toBe('shortlist');
    expect(Object.keys(api)).toEqual(['call', 'drop', 'onOpen', 'onMenu']);
    await expect(api.call('clients.list', { limit: 5 })).resolves.toEqual({ ok: true, result: 'pong' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(CALL_CHANNEL, 'clients.list', { limit: 5 }, undefined);
  });

  it('passes on only the record the main process asks to open, and stops when told', async () => {
    const electron = fakeElectron();
    await withFakeElectron(electron, () => import('../../electron/preload'));
    const [, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
    const opened: unknown[] = [];
    const stop = api.onOpen((record: unknown) => opened.push(record));
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0]! as [string, Listener];
    expect(channel).toBe(OPEN_CHANNEL);
    forward({ sender: 'the IPC event, kept from the page' }, { kind: 'submission', id: 'abc' });
    expect(opened).toEqual([{ kind: 'submission', id: 'abc' }]);
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(OPEN_CHANNEL, forward);
    const commands: unknown[] = [];
    api.onMenu((command: unknown) => commands.push(command));
    const [menuChannel, forwardMenu] = electron.ipcRenderer.on.mock.calls[1]! as [string, Listener];
    expect(menuChannel).toBe(MENU_CHANNEL);
    forwardMenu({}, 'import');
    expect(commands).toEqual(['import']);
  });
});

describe('the main process, under a stand-in for Electron', { timeout: 120_000 }, () => {
  beforeEach(() => {
    // Refusals are logged on purpose; the tests assert on behaviour instead.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('opens the database in the shared data folder and shows one secure window on the app’s page', async () => {
    const electron = fakeElectron();
    await launch(electron);
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', defaultDataDir());
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(electron.windows).toHaveLength(1);
    const [window] = electron.windows;
    expect(window!.options.webPreferences).toEqual(secureWebPreferences(window!.options.webPreferences.preload, true));
    expect(window!.options.webPreferences.preload).toBe(path.join(root, 'preload', 'index.cjs'));
    expect(window!.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(electron.menuTemplate().find((menu) => menu.label === 'View')?.submenu).toContainEqual({ role: 'toggleDevTools' });
  });

  it('shows its window before the core has opened the database, and the page’s first call waits for it', async () => {
    const electron = fakeElectron();
    await launch(electron);
    expect(electron.windows[0]!.databaseExisted).toBe(false);
    const call = electron.ipcHandlers.get(CALL_CHANNEL)!({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, 'candidates.list', {});
    expect(await (call as Promise<Outcome<unknown>>)).toMatchObject({ ok: true, result: { items: [] } });
    expect(fs.existsSync(path.join(electron.userData, 'shortlist.db'))).toBe(true);
  });

  it('asks before closing a window whose page holds unsaved typing, and closes only when told to', async () => {
    const electron = fakeElectron();
    await launch(electron);
    const contents = electron.windows[0]!.webContents;
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(0).mockReturnValueOnce(1);
    const keepEditing = { preventDefault: vi.fn() };
    contents.emit('will-prevent-unload', keepEditing);
    expect(keepEditing.preventDefault).not.toHaveBeenCalled();
    const closeAnyway = { preventDefault: vi.fn() };
    contents.emit('will-prevent-unload', closeAnyway);
    expect(closeAnyway.preventDefault).toHaveBeenCalled();
    expect(electron.dialog.showMessageBoxSync.mock.calls[0]![1]).toMatchObject({ buttons: ['Keep editing', 'Close without saving'] });
  });

  it('passes the File menu’s sharing commands to the window', async () => {
    const electron = fakeElectron();
    await launch(electron);
    const file = electron.menuTemplate().find((menu) => menu.label === 'File')!.submenu as { label?: string; click?: () => void }[];
    file.find((item) => item.label === 'Import a Colleague’s Export…')!.click!();
    file.find((item) => item.label === 'Import from CSV…')!.click!();
    expect(electron.windows[0]!.webContents.send.mock.calls).toEqual([
      [MENU_CHANNEL, 'import'],
      [MENU_CHANNEL, 'import-csv'],
    ]);
  });

  it('answers the app’s page from the core on threads of its own, and refuses every other sender', async () => {
    // The main process must run no SQL: here it cannot even open a database, and calls still answer.
    vi.doMock('better-sqlite3', () => ({
      default: vi.fn(() => {
        throw new Error('the main process opened the database');
      }),
    }));
    const electron = fakeElectron();
    await launch(electron);
    const call = (url: string, method: unknown, input: unknown = {}) =>
      electron.ipcHandlers.get(CALL_CHANNEL)!({ senderFrame: { url, parent: null } }, method, input) as Promise<Outcome<unknown>>;
    expect(await call(APP_ENTRY_URL, 'candidates.create', { name: 'Ada Lovelace' })).toMatchObject({ ok: true });
    expect(await call(APP_ENTRY_URL, 'candidates.list', {})).toMatchObject({ ok: true, result: { items: [{ name: 'Ada Lovelace' }] } });
    expect(await call(APP_ENTRY_URL, 'app.info')).toMatchObject({
      ok: true,
      result: { databasePath: path.join(electron.userData, 'shortlist.db') },
    });
    expect(await call('https://evil.example/', 'app.info')).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await call(APP_ENTRY_URL, 42)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await call(APP_ENTRY_URL, 'clients.drop')).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    vi.doUnmock('better-sqlite3');
  });

  it('saves the page as a PDF where the recruiter chooses, and nothing when they cancel', async () => {
    const electron = fakeElectron();
    await launch(electron);
    const target = path.join(tempDir(), 'brief.pdf');
    const sender = { printToPDF: vi.fn(async (_options: { pageSize: string }) => Buffer.from('%PDF-1.7 brief')) };
    const save = (input: unknown) =>
      electron.ipcHandlers.get(CALL_CHANNEL)!(
        { senderFrame: { url: APP_ENTRY_URL, parent: null }, sender },
        'desktop.savePdf',
        input,
      ) as Promise<Outcome<unknown>>;

    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await save({ fileName: 'Rust Engineer / Acme brief' })).toEqual({ ok: true, result: { path: target } });
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 brief');
    expect(electron.dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      defaultPath: path.join(electron.userData, 'Rust Engineer Acme brief.pdf'),
    });
    expect(sender.printToPDF.mock.calls[0]![0]).toMatchObject({ pageSize: 'A4' });

    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await save({ fileName: 'brief' })).toEqual({ ok: true, result: { path: null } });
    expect(sender.printToPDF).toHaveBeenCalledTimes(1);
    expect(await save({ fileName: ' ' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'fileName' } });
  });

  it('serves the renderer with the CSP and nothing outside it', async () => {
    const electron = fakeElectron();
    await launch(electron);
    const serve = electron.protocolHandlers.get('app')!;
    const page = await serve(new Request(APP_ENTRY_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await serve(new Request('app://shortlist/..%2fpackage.json'))).status).toBe(404);
    expect((await serve(new Request(APP_ENTRY_URL, { method: 'POST', body: '{}' }))).status).toBe(404);
    const [, addCsp] = electron.session.webRequest.onHeadersReceived.mock.calls[0]!;
    const callback = vi.fn();
    addCsp({ responseHeaders: { Server: ['x'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { Server: ['x'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('keeps every page in the app and opens only safe links outside', async () => {
    const electron = fakeElectron();
    await launch(electron);
    const contents = new FakeContents();
    electron.app.emit('web-contents-created', {}, contents);
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      contents.emit('will-navigate', event);
      return event.preventDefault.mock.calls.length > 0 ? 'blocked' : 'allowed';
    };
    expect(navigate('app://shortlist/index.html')).toBe('allowed');
    expect(navigate('https://acme.example/')).toBe('blocked');
    expect(navigate('file:///etc/passwd')).toBe('blocked');
    expect(contents.openWindow('mailto:jane@acme.example')).toEqual({ action: 'deny' });
    expect(contents.openWindow('smb://fileserver/share')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://acme.example/'], ['mailto:jane@acme.example']]);

    const [askPermission] = electron.session.setPermissionRequestHandler.mock.calls[0]!;
    const answer = vi.fn();
    askPermission(contents, 'media', answer, { requestingUrl: APP_ENTRY_URL, isMainFrame: true });
    expect(answer).toHaveBeenCalledWith(false);
  });

  it('notifies each due follow-up once, badges the due count, and opens its record when clicked', async () => {
    const electron = fakeElectron();
    const core = await openDatabase(path.join(electron.userData, 'shortlist.db'));
    const ada = dispatch(core, 'candidates.create', { name: 'Ada Lovelace' }) as { ok: true; result: { id: string } };
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    dispatch(core, 'reminders.create', { title: 'Call Ada', dueOn: yesterday, confirmPast: true, about: { kind: 'candidate', id: ada.result.id } });
    closeDatabase(core);

    await launch(electron, () => electron.notifications.length > 0);
    const [notification] = electron.notifications;
    expect(notification!.options).toEqual({ title: 'Call Ada', body: 'Ada Lovelace' });
    expect(notification!.show).toHaveBeenCalled();
    expect(electron.app.setBadgeCount).toHaveBeenCalledWith(1);
    notification!.emit('click');
    expect(electron.windows[0]!.webContents.send).toHaveBeenCalledWith(OPEN_CHANNEL, { kind: 'candidate', id: ada.result.id });
    await quit(electron);

    const restarted = fakeElectron({ userData: electron.userData });
    await launch(restarted);
    await vi.waitFor(() => expect(restarted.app.setBadgeCount).toHaveBeenCalledWith(1), { timeout: 60_000 });
    expect(restarted.notifications).toEqual([]);
  });

  it('closes the database when the app quits, after a backup of what changed', async () => {
    const electron = fakeElectron();
    await launch(electron);
    const call = (method: string, input: unknown) =>
      electron.ipcHandlers.get(CALL_CHANNEL)!({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, method, input) as Promise<Outcome<unknown>>;
    await call('candidates.create', { name: 'Ada Lovelace' });
    const wal = path.join(electron.userData, 'shortlist.db-wal');
    expect(fs.existsSync(wal)).toBe(true);
    const quit = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', quit);
    // The quit waits for the backup and the clean close, then goes on.
    expect(quit.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled(), { timeout: 60_000 });
    expect(fs.existsSync(wal)).toBe(false);
    const backups = fs.readdirSync(path.join(electron.userData, 'backups'));
    expect(backups.filter((name) => name.includes('-auto-'))).toHaveLength(1);
  });

  it('says why a database cannot be opened, leaves it alone and quits, refusing the window’s calls', async () => {
    const electron = fakeElectron();
    const file = path.join(electron.userData, 'shortlist.db');
    fs.writeFileSync(file, 'candidates.csv, not a database');
    await launch(electron, () => electron.app.quit.mock.calls.length > 0);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Shortlist cannot open your data',
      expect.stringContaining(`shortlist.db is not a Shortlist database`),
    );
    const call = electron.ipcHandlers.get(CALL_CHANNEL)!({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, 'candidates.list', {});
    expect(await (call as Promise<Outcome<unknown>>)).toMatchObject({ ok: false, error: { message: expect.stringContaining('could not open its database') } });
    expect(fs.readFileSync(file, 'utf8')).toBe('candidates.csv, not a database');
  });

  it('brings the open window to the front on a second launch, and a second copy quits', async () => {
    const first = fakeElectron();
    await launch(first);
    first.app.emit('second-instance');
    expect(first.windows[0]!.focus).toHaveBeenCalled();

    const second = fakeElectron({ locked: false });
    await launch(second, () => second.app.quit.mock.calls.length > 0);
    expect(second.windows).toHaveLength(0);
  });

  it('remembers where the recruiter left the window', async () => {
    const first = fakeElectron();
    await launch(first);
    first.windows[0]!.emit('close');
    // Quit before the next launch, as the recruiter's app does: two hosts on one file in one test
    // process, quit together after, once took the test's process down in CI.
    await quit(first);
    const second = fakeElectron({ userData: first.userData });
    await launch(second);
    expect(second.windows[0]!.options).toMatchObject({ x: 100, y: 80, width: 1400, height: 900 });
  });

  it('leaves reload and developer tools out of an installed app’s menu', async () => {
    const { menuTemplate } = await withFakeElectron(fakeElectron(), () => import('../../electron/menu'));
    for (const isMac of [false, true]) {
      expect(JSON.stringify(menuTemplate(isMac, true))).not.toMatch(/reload|toggleDevTools/i);
    }
    expect(menuTemplate(true, true)[0]).toEqual({ role: 'appMenu' });
    expect(menuTemplate(false, true).map((menu) => menu.role ?? menu.label)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
  });
});

describe('packaging', () => {
  it('is a configuration electron-builder accepts', async () => {
    const config = await getConfig(root, null, null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config).toMatchObject({
      appId: 'dev.shortlist.app',
      productName: 'Shortlist',
      directories: { output: 'release' },
      asar: true,
      npmRebuild: false,
      electronFuses: { runAsNode: false, onlyLoadAppFromAsar: true, grantFileProtocolExtraPrivileges: false },
      mac: { target: ['dmg', 'zip'], category: 'public.app-category.business' },
      win: { target: 'nsis' },
      linux: { target: ['AppImage', 'deb'], category: 'Office' },
    });
    const files = JSON.stringify(config.files);
    expect(files).toContain('out/**');
    expect(files).not.toMatch(/"(src|tests|renderer|electron)\b/);
  });

  it('ships the Electron build of better-sqlite3 where the app looks for it', async () => {
    const config = await getConfig(root, null, null);
    const { DEV_NATIVE_BINDING, PACKAGED_NATIVE_BINDING } = await withFakeElectron(fakeElectron(), () =>
      import('../../electron/database'),
    );
    expect(config.extraResources).toEqual([{ from: DEV_NATIVE_BINDING, to: PACKAGED_NATIVE_BINDING }]);
    const script = fs.readFileSync(path.join(root, 'scripts/electron-native.js'), 'utf8');
    expect(script).toContain("path.join(root, 'build/electron-native')");
    expect(script).toContain("path.join(buildPath, 'node_modules/better-sqlite3')");
    expect(script).toContain("path.join(target, 'build/Release/better_sqlite3.node')");
  });

  it('has a 512-pixel square PNG icon', () => {
    const icon = fs.readFileSync(path.join(root, 'assets/icon.png'));
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

// A stand-in for the parts of Electron that electron/ uses, recording what it is asked to do.

type Listener = (...args: unknown[]) => unknown;

class FakeEmitter {
  private listeners = new Map<string, Listener[]>();
  on(event: string, listener: unknown): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as Listener]);
    return this;
  }
  once(event: string, listener: unknown): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

class FakeContents extends FakeEmitter {
  private windowOpenHandler?: (details: { url: string }) => unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  openWindow(url: string): unknown {
    return this.windowOpenHandler!({ url });
  }
}

interface WindowOptions {
  x?: number;
  y?: number;
  webPreferences: ReturnType<typeof secureWebPreferences> & { preload: string };
}

function fakeElectron(options: { userData?: string; locked?: boolean } = {}) {
  const userData = options.userData ?? tempDir();
  const appPath = tempDir();
  // The Node build stands in for the Electron build the app would load here.
  const nativeBinding = path.join(appPath, 'build/electron-native/node_modules/better-sqlite3/build/Release');
  fs.mkdirSync(nativeBinding, { recursive: true });
  fs.copyFileSync(
    path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
    path.join(nativeBinding, 'better_sqlite3.node'),
  );

  const windows: FakeWindow[] = [];
  class FakeWindow extends FakeEmitter {
    static getAllWindows = () => windows;
    static fromWebContents = () => windows[0];
    loadURL = vi.fn(async (_url: string) => undefined);
    focus = vi.fn();
    show = vi.fn();
    restore = vi.fn();
    maximize = vi.fn();
    /** Whether the database existed when the window was made: a window that waited for the core would see it. */
    readonly databaseExisted = fs.existsSync(path.join(userData, 'shortlist.db'));
    constructor(readonly options: WindowOptions) {
      super();
      windows.push(this);
    }
    webContents = Object.assign(new FakeEmitter(), { send: vi.fn() });
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 100, y: 80, width: 1400, height: 900 });
  }

  const notifications: FakeNotification[] = [];
  class FakeNotification extends FakeEmitter {
    static isSupported = () => true;
    show = vi.fn();
    constructor(readonly options: { title: string; body: string }) {
      super();
      notifications.push(this);
    }
  }

  const app = Object.assign(new FakeEmitter(), {
    isPackaged: false,
    setBadgeCount: vi.fn(),
    setPath: vi.fn(),
    getPath: vi.fn(() => userData),
    getAppPath: () => appPath,
    requestSingleInstanceLock: () => options.locked ?? true,
    getLocaleCountryCode: () => 'DE',
    whenReady: () => Promise.resolve(),
    quit: vi.fn(),
  });
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  };
  const Menu = { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() };
  return {
    userData,
    windows,
    ipcHandlers,
    protocolHandlers,
    session,
    menuTemplate: () => Menu.setApplicationMenu.mock.calls[0]![0] as { label?: string; role?: string; submenu?: unknown[] }[],
    app,
    notifications,
    Notification: FakeNotification,
    BrowserWindow: FakeWindow,
    Menu,
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBoxSync: vi.fn<(...args: unknown[]) => number>(),
      showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
    },
    shell: { openExternal: vi.fn(async (_url: string) => undefined), openPath: vi.fn() },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    ipcMain: {
      handle: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler),
      on: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler),
    },
    contextBridge: { exposeInMainWorld: vi.fn<(name: string, api: { call: Listener; onOpen: (listener: Listener) => () => void; onMenu: (listener: Listener) => () => void }) => void>() },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  };
}

async function withFakeElectron<T>(electron: ReturnType<typeof fakeElectron>, load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  vi.doMock('electron', () => ({ ...electron, session: { defaultSession: electron.session } }));
  return load();
}

const launched: ReturnType<typeof fakeElectron>[] = [];

/** Quits the app as the OS would, and waits until it has closed the database and let the quit go on. */
async function quit(electron: ReturnType<typeof fakeElectron>) {
  if (electron.app.quit.mock.calls.length > 0 || electron.windows.length === 0) return;
  electron.app.emit('will-quit', { preventDefault: () => undefined });
  await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled(), { timeout: 60_000 });
}

/** Runs electron/main.ts and waits until it has shown its window, or until `settled` says it is done. */
async function launch(electron: ReturnType<typeof fakeElectron>, settled = () => electron.windows.length > 0) {
  launched.push(electron);
  await withFakeElectron(electron, () => import('../../electron/main'));
  // The core's threads compile their TypeScript as they start: seconds on a busy machine.
  await vi.waitFor(() => expect(settled()).toBe(true), { timeout: 60_000 });
}
