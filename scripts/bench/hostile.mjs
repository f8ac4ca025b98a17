// Hostile files: from the file being picked to its refusal on screen, and the longest task
// the page's main thread ran meanwhile (the check runs in a worker: the page should never
// stop answering). The files are those of tests/fixtures/hostile that froze the tab or left
// the import stuck before, and the largest ones.
/* global document, window, MutationObserver -- used inside the page */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeFixtures, loadFixture } from './_fixtures.mjs';
import { freshPage, repeat } from './_helpers.mjs';

const importLabel = 'Importer un prototype (fichier .fabrik.json)';

/** Picks the file, waits for the refusal; returns how long it took and the longest task. */
async function refusal(browser, baseUrl, path) {
  const { context, page } = await freshPage(browser);
  await page.goto(baseUrl);
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (window.__benchStart !== undefined) {
          window.__longest = Math.max(window.__longest, entry.duration);
        }
      }
    }).observe({ type: 'longtask' });
    window.__benchDone = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        // The import's refusal (the toasts' live region is an alert too, always there).
        if (document.querySelector('.import-panel [role="alert"]')) {
          observer.disconnect();
          resolve(performance.now() - window.__benchStart);
        }
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
  });
  // Started here rather than on the input's change event: that includes handing the file
  // over, as a person picking it waits for it too.
  await page.evaluate(() => (window.__benchStart = performance.now()));
  await page.getByLabel(importLabel).setInputFiles(path);
  const ms = await page.evaluate(() => window.__benchDone);
  // Long tasks are reported a moment after they end.
  await page.waitForTimeout(100);
  const longest = await page.evaluate(() => window.__longest);
  await context.close();
  return { ms, longest };
}

export default {
  name: 'hostile files',
  async run({ browser, baseUrl, runs, median }) {
    const { hostileFiles } = await loadFixture('/tests/fixtures/hostile/corpus.ts');
    const tried = hostileFiles.filter(
      (file) => file.freezing || file.name === 'texte-immense.fabrik.json',
    );
    const paths = [];
    for (const file of tried) {
      const path = join(tmpdir(), `fabrik-bench-${file.name}`);
      await writeFile(path, await file.bytes());
      paths.push(path);
    }
    await closeFixtures();
    const rows = [];
    for (const [index, file] of tried.entries()) {
      const longest = [];
      const answered = await repeat(runs, median, async () => {
        const result = await refusal(browser, baseUrl, paths[index]);
        longest.push(result.longest);
        return result.ms;
      });
      rows.push(
        { measure: `refused: ${file.what}`, unit: 'ms', target: '< 2000 ms', ...answered },
        {
          measure: `longest main-thread task meanwhile: ${file.what}`,
          unit: 'ms',
          target: '< 200 ms',
          median: median(longest),
          samples: longest,
        },
      );
    }
    return rows;
  },
};
