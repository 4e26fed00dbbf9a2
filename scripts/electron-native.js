// Builds better-sqlite3 for Electron in build/electron-native/, apart from node_modules: the
// tests and the CLI run on Node and need node_modules to keep the Node build. The app loads this
// build through openDatabase's nativeBinding option (electron/database.ts), and electron-builder
// ships it as resources/native/better_sqlite3.node (electron-builder.yml).
import fs from 'node:fs';
import path from 'node:path';
import { rebuild } from '@electron/rebuild';

const root = path.resolve(import.meta.dirname, '..');
const source = path.join(root, 'node_modules/better-sqlite3');
const buildPath = path.join(root, 'build/electron-native');
const target = path.join(buildPath, 'node_modules/better-sqlite3');
const binary = path.join(target, 'build/Release/better_sqlite3.node');
const stampFile = path.join(buildPath, 'stamp.json');

const electronVersion = readJson(path.join(root, 'node_modules/electron/package.json')).version;
const sqliteVersion = readJson(path.join(source, 'package.json')).version;
// Everything the binary depends on: a change to any of them means building again.
const stamp = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch });

if (fs.existsSync(binary) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
  console.log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is up to date.`);
  process.exit(0);
}

fs.rmSync(stampFile, { force: true });
fs.rmSync(target, { recursive: true, force: true });
for (const entry of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
  fs.cpSync(path.join(source, entry), path.join(target, entry), { recursive: true });
}
// @electron/rebuild finds the modules to build through this package's dependencies.
fs.writeFileSync(
  path.join(buildPath, 'package.json'),
  JSON.stringify({ name: 'shortlist-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }, null, 2),
);
// An npm `nodedir` setting would point node-gyp at Node's own headers and quietly produce a Node
// build under an Electron name; the Electron headers are the only right ones here.
for (const name of Object.keys(process.env)) {
  if (name.toLowerCase() === 'npm_config_nodedir') delete process.env[name];
}

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch})…`);
try {
  await rebuild({
    buildPath,
    // Stops the search for modules here, so the Node build in the project's node_modules is never touched.
    projectRootPath: buildPath,
    electronVersion,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
  if (!fs.existsSync(binary)) throw new Error(`the build finished without producing ${path.relative(root, binary)}`);
} catch (error) {
  console.error(
    [
      '',
      `Could not build better-sqlite3 for Electron ${electronVersion}: ${error instanceof Error ? error.message : error}`,
      '',
      'This needs either a prebuilt binary (downloaded from GitHub) or the Electron headers (downloaded',
      'from electronjs.org) with Python and a C++ compiler. Check the network connection, then run',
      '`node scripts/electron-native.js` again. The tests and the browser preview do not need it.',
    ].join('\n'),
  );
  process.exit(1);
}
fs.writeFileSync(stampFile, stamp);
console.log(`Built ${path.relative(root, binary)}.`);

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
