import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { keptOutOfBundles } from './src/host/nodeBundle.js';

const { dependencies } = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundled but for what a bundle cannot hold or needs only on demand: each core thread starts faster.
      externalizeDeps: { exclude: Object.keys(dependencies).filter((name) => !keptOutOfBundles.includes(name)) },
      // The core's worker thread is an entry of its own, built beside main (electron/database.ts).
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main.ts'), coreWorker: resolve(__dirname, 'src/host/worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require anything but electron: bundle it into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      // Pages' code loads on first visit (renderer/app/pages.ts), their styles do not: one sheet
      // from the start keeps the cascade in main.tsx's order, and a page preloaded in the
      // background never restyles (and moves) the page on screen.
      cssCodeSplit: false,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
