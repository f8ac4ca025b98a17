// Foundation: first load, catalogue, opening a prototype, saving a large one.
import { closeFixtures, loadFixture } from './_fixtures.mjs';
import { freshPage, gzipBytes, repeat, sinceMark } from './_helpers.mjs';

const importLabel = 'Importer un prototype (fichier .fabrik.json)';

async function initialJsKb(browser, baseUrl) {
  const { context, page } = await freshPage(browser);
  const scripts = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push(response.body().then(gzipBytes));
  });
  await page.goto(baseUrl, { waitUntil: 'networkidle' });
  const bytes = (await Promise.all(scripts)).reduce((total, size) => total + size, 0);
  await context.close();
  return bytes / 1024;
}

async function catalogueReadyMs(browser, baseUrl) {
  const { context, page } = await freshPage(browser);
  await page.goto(baseUrl);
  const ms = await sinceMark(page, 'fabrik:catalogue-ready', 0);
  await context.close();
  return ms;
}

async function importBundle(page, baseUrl, text) {
  await page.goto(baseUrl);
  await page.getByLabel(importLabel).setInputFiles({
    name: 'large.fabrik.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.getByRole('list', { name: 'Prototypes' }).getByRole('link').first().waitFor();
}

async function openPrototypeMs(page) {
  const since = await page.evaluate(() => performance.now());
  await page.getByRole('list', { name: 'Prototypes' }).getByRole('link').first().click();
  return sinceMark(page, 'fabrik:step-ready', since);
}

async function saveMs(page, run) {
  const box = page.getByLabel('Pour qui ?');
  const before = await page.evaluate(() => performance.getEntriesByName('fabrik:save').length);
  await box.fill(`Les résidents, essai ${run}`);
  await page.waitForFunction(
    (count) => performance.getEntriesByName('fabrik:save').length > count,
    before,
  );
  return page.evaluate(() => performance.getEntriesByName('fabrik:save').at(-1).duration);
}

export default {
  name: 'foundation',
  async run({ browser, baseUrl, runs, median }) {
    const { largePrototypeBundleText } = await loadFixture('/tests/fixtures/largePrototype.ts');
    const large = await largePrototypeBundleText(300);
    await closeFixtures();

    const js = await repeat(runs, median, () => initialJsKb(browser, baseUrl));
    const catalogue = await repeat(runs, median, () => catalogueReadyMs(browser, baseUrl));

    const { context, page } = await freshPage(browser);
    await importBundle(page, baseUrl, large);
    const open = await repeat(runs, median, async () => {
      await page.goto(baseUrl);
      await page.getByRole('list', { name: 'Prototypes' }).getByRole('link').first().waitFor();
      return openPrototypeMs(page);
    });
    const save = await repeat(runs, median, (run) => saveMs(page, run));
    await context.close();

    return [
      { measure: 'initial JS transferred (gzip)', unit: 'KB', target: '< 150 KB', ...js },
      {
        measure: 'catalogue usable after navigation',
        unit: 'ms',
        target: '< 500 ms',
        ...catalogue,
      },
      { measure: 'open a 300-field prototype', unit: 'ms', ...open },
      { measure: 'autosave write, 300-field prototype', unit: 'ms', ...save },
    ];
  },
};
