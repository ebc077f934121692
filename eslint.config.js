// Lint: TypeScript rules plus the dependency rules of the architecture, so they
// cannot rot: renderer → shared, electron → shared; never shared → anything,
// never renderer ↔ electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events', 'worker_threads'];
const rendererPaths = ['**/renderer/**', '@renderer/*'];
const electronPaths = ['**/electron/**', 'electron', 'electron/*'];

const restrict = (patterns, message, paths = []) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }], paths }],
});

// A closed Mantine dialog still mounts and re-renders with its screen; the
// renderer's own Modal and Drawer mount when first opened.
const dialogs = [{
  name: '@mantine/core',
  importNames: ['Modal', 'Drawer'],
  message: 'Use Modal and Drawer from components/dialogs: they mount the first time they open.',
}];

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/.artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      ...restrict([...nodeModules, ...electronPaths, ...rendererPaths, 'react', 'react-dom', '@mantine/*', 'lowdb', 'lowdb/*'],
        'shared/ is pure TypeScript: no Node, Electron, DOM or UI imports.'),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([...nodeModules, ...electronPaths, 'lowdb', 'lowdb/*'],
        'The renderer talks to the main process only through src/api (window.planner).', dialogs),
    },
  },
  {
    // The wrappers themselves, and the theme's defaults for Mantine's components.
    files: ['renderer/src/components/dialogs.tsx', 'renderer/src/app/theme.ts'],
    rules: {
      ...restrict([...nodeModules, ...electronPaths, 'lowdb', 'lowdb/*'],
        'The renderer talks to the main process only through src/api (window.planner).'),
    },
  },
  {
    files: ['electron/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      ...restrict([...rendererPaths, 'react', 'react-dom', '@mantine/*'], 'electron/ never imports the renderer.'),
      'no-console': 'off',
    },
  },
  {
    files: ['electron/main/store/**/*.ts'],
    rules: {
      ...restrict([...rendererPaths, 'electron', 'electron/*', 'react', 'react-dom', '@mantine/*'],
        'The store runs in plain Node (tests, web harness): no electron imports; pass paths in.'),
    },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs,js}', 'build/**/*.ts', '*.config.{ts,js}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
