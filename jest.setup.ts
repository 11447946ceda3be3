import '@testing-library/jest-dom';
import { toHaveNoViolations } from 'jest-axe';

expect.extend(toHaveNoViolations);

// A console.error during a test is a bug (React warnings, failed prop types): fail loudly.
beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error during test: ${args.map(String).join(' ')}`);
  });
});
afterEach(() => {
  jest.restoreAllMocks();
});

// jsdom has <dialog> but not its modal methods: open and close it as a browser would, without the top
// layer. Focus handling is the component's own (components/clinic/ModalDialog.tsx), so tests still check it.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom lacks TextDecoder, which every browser and Node have; the import reader decodes file bytes with it.
if (typeof globalThis.TextDecoder === 'undefined') {
  globalThis.TextDecoder = require('node:util').TextDecoder;
}

// jsdom has crypto.getRandomValues but not crypto.subtle or TextEncoder, which every browser this tool supports has
// (the clinic staff code is hashed with Web Crypto, lib/clinic/staffCode.ts): lend Node's.
if (typeof globalThis.TextEncoder === 'undefined') {
  globalThis.TextEncoder = require('node:util').TextEncoder;
}
if (typeof globalThis.crypto !== 'undefined' && !globalThis.crypto.subtle) {
  Object.defineProperty(globalThis.crypto, 'subtle', { value: require('node:crypto').webcrypto.subtle });
}

// Answers are kept for the tab (sessionStorage) as a person answers: each test starts with an empty tab.
beforeEach(() => {
  if (typeof window === 'undefined') return;
  window.localStorage.clear();
  window.sessionStorage.clear();
});

// jsdom has no IntersectionObserver, so next/link falls back to a 1 ms idle timer that marks every link visible
// (a state update at a random moment, outside act, that failed tests on a busy machine). A browser's observer
// reports nothing until layout; an observer that never reports is the same for a page with no layout.
if (typeof window !== 'undefined' && typeof window.IntersectionObserver === 'undefined') {
  class SilentIntersectionObserver {
    readonly root = null;
    readonly rootMargin = '0px';
    readonly thresholds: readonly number[] = [0];
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  Object.defineProperty(window, 'IntersectionObserver', { value: SilentIntersectionObserver, writable: true });
}
