// Shared by the bench suites (files starting with "_" are not suites).
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
