// First: it starts reading what the address opens while the rest of the app is run.
import { openingLoaded } from './opening';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../ui/i18n/i18n';
import { whenIdle } from '../ui/whenIdle';
import { App } from './App';
import { registerServiceWorker } from './registerServiceWorker';
import '../ui/styles/global.css';
import './shell.css';

initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * How long a slow read (a large upgrade, a busy disk) may hold the page back. Until the
 * page paints, Chromium keeps the previous page on screen (paint holding); past this, the
 * app is drawn with its « Ouverture du prototype… » placeholder.
 */
const OPENING_WAIT_MS = 1000;

/**
 * Drawn once what the address opens has arrived (its code and its prototype), rather than
 * frame after frame of « Chargement… » as each arrives. Synchronously, so that the
 * prototype's opening, started by the first render's effects, renders in the same task:
 * the page's first frame shows the step.
 */
const draw = () =>
  flushSync(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
// The service worker is registered once the page is drawn and idle: registering takes
// a few milliseconds of the page's main thread, on the way to its first frame otherwise.
void Promise.race([openingLoaded, new Promise((done) => setTimeout(done, OPENING_WAIT_MS))])
  .then(draw)
  .then(() => whenIdle(registerServiceWorker));
