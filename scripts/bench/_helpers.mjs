// Shared by the bench suites (files starting with "_" are not suites).
/* global window, requestAnimationFrame, requestIdleCallback, scheduler -- used inside the page */
import { gzipSync } from 'node:zlib';

/**
 * A fresh browser context with an empty IndexedDB, French, no service worker.
 * Headless Chromium (156 here) draws its own window's interface in a renderer of its own
 * for about a second after a page opens, taking one of two cores: measured then, the
 * catalogue took twice as long. A user's browser window is already open, so the page
 * waits on about:blank until that is done.
 */
export async function freshPage(browser) {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.waitForTimeout(browserSettleMs);
  return { context, page };
}

const browserSettleMs = 1500;

/** Milliseconds between `since` (a performance.now() in the page) and the last mark of that name. */
export async function sinceMark(page, markName, since) {
  // A plain evaluate, not waitForFunction: that one first injects Playwright's own script
  // (about 25 ms of the page's main thread), which then ran in the middle of what is timed.
  return page.evaluate(
    ([name, start]) =>
      new Promise((resolve) => {
        const found = () => {
          const mark = performance.getEntriesByName(name).at(-1);
          if (!mark) return false;
          resolve(mark.startTime - start);
          return true;
        };
        if (found()) return;
        const observer = new PerformanceObserver(() => {
          if (found()) observer.disconnect();
        });
        observer.observe({ type: 'mark' });
      }),
    [markName, since],
  );
}

/**
 * Waits until the page is quiet: no request for half a second, then an idle moment. Once
 * shown, a prototype's page loads the Processing step's code while idle: a navigation or a
 * click on the step in the middle of that waits for it, which a person who has read the
 * page first does not meet.
 */
export async function settled(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve())));
}

/** Gzip size of a response body, as a server with compression would send it. */
export function gzipBytes(body) {
  return gzipSync(body, { level: 9 }).length;
}

/** Runs `measure` `runs` times and reports the median. */
export async function repeat(runs, median, measure) {
  const samples = [];
  for (let run = 0; run < runs; run++) samples.push(await measure(run));
  return { median: median(samples), samples };
}

/** Creates a prototype through the UI and returns its id. */
export async function createPrototypeThroughUi(page, baseUrl, name) {
  await page.goto(baseUrl);
  await page.getByLabel('Nom de la démarche').fill(name);
  await page.getByRole('button', { name: 'Créer le prototype' }).click();
  await page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }).waitFor();
  return /\/p\/([^/]+)\//.exec(page.url())[1];
}

/** Imports a bundle from the catalogue, opens it, and returns the address of its first step. */
export async function importAndOpen(page, baseUrl, { fileName, text }) {
  await page.goto(baseUrl);
  await page.getByLabel('Importer un prototype (fichier .fabrik.json)').setInputFiles({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.getByRole('list', { name: 'Prototypes' }).getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }).waitFor();
  return page.url();
}

/**
 * Gives every page of `context` `window.__afterNextFrame()`: the time (performance.now())
 * once the next frame has been rendered — its style, layout and paint done —, taken in the
 * first task after it. Used as the clock's end, so that the browser's own work is counted.
 *
 * That task is posted with the 'user-blocking' priority, which Chromium runs before the
 * ordinary tasks queued meanwhile: a plain task (a MessageChannel message, as before) waited
 * behind work the browser queued during the event and runs after the frame — after a
 * keystroke in a text box, Chromium's autofill re-reads the form's boxes (5–11 ms on the
 * designer). Traced, this clock ends 0.5–2 ms after the frame's main-thread work.
 */
export async function installFrameClock(context) {
  await context.addInitScript(() => {
    window.__afterNextFrame = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          scheduler.postTask(() => resolve(performance.now()), { priority: 'user-blocking' });
        }),
      );
  });
}

/**
 * Resolves (in the page) with the end of the first frame rendered after the next
 * `markName` mark: the marks are looked for at the start of each frame, so the frame that
 * shows what the mark says is the one waited for.
 */
export function frameAfterMark(page, markName) {
  return page.evaluate((name) => {
    const before = performance.getEntriesByName(name).length;
    window.__benchFrameAfterMark = new Promise((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`No ${name} mark`)), 60_000);
      const look = () => {
        if (performance.getEntriesByName(name).length === before) {
          requestAnimationFrame(look);
          return;
        }
        clearTimeout(timeout);
        scheduler.postTask(() => resolve(performance.now()), { priority: 'user-blocking' });
      };
      requestAnimationFrame(look);
    });
  }, markName);
}
