// Shared by the bench suites (files starting with "_" are not suites).
/* global window, requestAnimationFrame -- used inside the page */
import { gzipSync } from 'node:zlib';

/** A fresh browser context with an empty IndexedDB, French, no service worker. */
export async function freshPage(browser) {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  return { context, page };
}

/** Milliseconds between `since` (a performance.now() in the page) and the last mark of that name. */
export async function sinceMark(page, markName, since) {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, markName);
  return page.evaluate(
    ([name, start]) => performance.getEntriesByName(name).at(-1).startTime - start,
    [markName, since],
  );
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
 */
export async function installFrameClock(context) {
  await context.addInitScript(() => {
    window.__afterNextFrame = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
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
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(look);
    });
  }, markName);
}
