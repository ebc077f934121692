/**
 * Component test setup (jsdom): jest-dom matchers, cleanup after each test,
 * and the few browser APIs jsdom lacks that Mantine uses.
 */
// First: React DevTools' hook must be in place before react-dom loads.
import './render-counter';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { disposeTestPlanners } from './test-planner';

// Every plan section is a lazily loaded module: the first time a test file
// shows one, vitest transforms its whole module graph, which on a busy
// 2-core CI machine can outlast the default 1 s of findBy and waitFor.
// With the real services behind the page (tests/components/test-planner.ts)
// each open also reads a real file; 10 s keeps a loaded machine from failing.
configure({ asyncUtilTimeout: 10_000 });

if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

if (!('ResizeObserver' in window)) {
  class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver });
  Object.assign(globalThis, { ResizeObserver });
}

if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}

// jsdom has no FontFaceSet; Mantine's autosizing Textarea listens on it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });
}

afterEach(async () => {
  cleanup();
  // After unmounting, so no late autosave starts; calls in progress finish first.
  await disposeTestPlanners();
});
