import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { startupChunks } from './build/startup-chunks';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };
const startup = startupChunks({
  early: /renderer[\\/]src[\\/]main\.tsx$/,
  shell: /renderer[\\/]src[\\/]boot\.tsx$/,
  board: /renderer[\\/]src[\\/]features[\\/]board[\\/]BoardSection\.tsx$/,
});

export default defineConfig({
  main: {
    resolve: { alias },
    build: { rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } } },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload can require nothing but 'electron': bundle the
      // contract (and zod) into one CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    resolve: {
      alias: {
        ...alias,
        // React Router 7's package exports always name its development build
        // (remix-run/react-router#14102): dev warnings and checks in every
        // navigation, and more code to evaluate at startup.
        'react-router': resolve(import.meta.dirname, 'node_modules/react-router/dist/production/index.mjs'),
      },
    },
    plugins: [react(), startup.plugin],
    build: {
      rollupOptions: {
        input: resolve(import.meta.dirname, 'renderer/index.html'),
        output: {
          codeSplitting: {
            groups: [
              // Zod and the line that makes it jitless in one chunk, so the
              // setting runs before any chunk defines a schema (Zod probes
              // for eval, which the CSP blocks, when the first is defined).
              { name: 'zod', test: /node_modules[\\/]zod[\\/]|shared[\\/]zod-jitless/, priority: 100 },
              ...startup.groups,
            ],
          },
        },
      },
      minify: true,
      // The CSP allows no data: fonts or scripts; keep every asset a file.
      assetsInlineLimit: 0,
    },
  },
});
