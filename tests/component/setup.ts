import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../../src/ui/i18n/i18n';
import { loadPatternEngines } from '../../src/domain/form/patternEngines';

initI18n('fr');

// findBy… and waitFor give up after this long: a busy two-core CI machine is slower than
// a laptop, and what never appears still fails the test.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no modal dialogs: open and close them as attributes.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// The prototype's screens load the pattern engines before they show; so do the tests.
await loadPatternEngines();
