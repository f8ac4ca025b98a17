// Workshops, exceptions and versions: how fast a comparison of two versions of a large
// prototype (300 fields, 100 of them changed, 20 added) is on screen, and how fast the
// quick capture of an exception is ready to type in after Ctrl+E.
import { closeFixtures, loadFixture } from './_fixtures.mjs';
import { freshPage, repeat } from './_helpers.mjs';

// Code passed to page.evaluate runs in the browser.
/* global window, document, MutationObserver, requestAnimationFrame */

const importLabel = 'Importer un prototype (fichier .fabrik.json)';

/** The same prototype twice: 300 fields, then with every third label changed and 20 more. */
async function bundleTexts() {
  const { createPrototype } = await loadFixture('/src/domain/prototype/create.ts');
  const { createField } = await loadFixture('/src/domain/form/factory.ts');
  const { bundleToText, writeBundle } = await loadFixture('/src/domain/bundle/writeBundle.ts');
  const prototype = createPrototype('Versions de 300 champs', new Date('2026-11-23T09:00:00Z'));
  const fields = [];
  for (let index = 0; index < 320; index++) {
    const form = { pages: [{ ...prototype.form.pages[0], fields }] };
    fields.push(
      createField('shortText', `field-${index}`, form, { label: `Question ${index + 1}` }),
    );
  }
  const page = prototype.form.pages[0];
  const before = { ...prototype, form: { pages: [{ ...page, fields: fields.slice(0, 300) }] } };
  const changed = fields.map((field, index) =>
    index % 3 === 0 ? { ...field, label: `${field.label} (reformulée)` } : field,
  );
  const after = { ...prototype, form: { pages: [{ ...page, fields: changed }] } };
  const text = async (content) =>
    bundleToText(await writeBundle(content, { now: new Date(), appVersion: 'bench' }));
  return { before: await text(before), after: await text(after) };
}

async function importText(page, baseUrl, text, replace) {
  await page.goto(baseUrl);
  await page.getByLabel(importLabel).setInputFiles({
    name: 'versions.fabrik.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  if (replace) await page.getByRole('dialog').getByRole('button', { name: 'Remplacer' }).click();
  await page.getByRole('list', { name: 'Prototypes' }).getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }).waitFor();
}

async function openWorkshops(page) {
  await page
    .getByRole('navigation', { name: 'Étapes du prototype' })
    .getByRole('link', { name: /Ateliers et versions/ })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Ateliers et versions' }).waitFor();
}

/** From the click on "Comparer" to the frame that shows the changed fields. */
async function compareMs(page) {
  await page.evaluate(() => {
    window.__benchDone = new Promise((resolve) => {
      document.addEventListener('click', () => (window.__benchStart = performance.now()), {
        capture: true,
        once: true,
      });
      const shown = () => document.querySelector('section[aria-label="Champs du formulaire"]');
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - window.__benchStart));
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
  });
  await page
    .getByRole('group', { name: 'Comparer deux versions' })
    .getByRole('button', { name: 'Comparer' })
    .click();
  return page.evaluate(() => window.__benchDone);
}

/** From the Ctrl+E keydown to the frame where the capture box has the focus. */
async function captureMs(page) {
  await page.evaluate(() => {
    window.__benchDone = new Promise((resolve) => {
      document.addEventListener('keydown', () => (window.__benchStart = performance.now()), {
        capture: true,
        once: true,
      });
      document.addEventListener(
        'focusin',
        () => requestAnimationFrame(() => resolve(performance.now() - window.__benchStart)),
        { once: true },
      );
    });
  });
  await page.keyboard.press('Control+e');
  const ms = await page.evaluate(() => window.__benchDone);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  return ms;
}

export default {
  name: 'workshops',
  async run({ browser, baseUrl, runs, median }) {
    const texts = await bundleTexts();
    await closeFixtures();
    const { context, page } = await freshPage(browser);
    await importText(page, baseUrl, texts.before, false);
    await openWorkshops(page);
    await page.getByRole('button', { name: 'Enregistrer une version maintenant' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Enregistrer une version maintenant' })
      .click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await importText(page, baseUrl, texts.after, true);
    await openWorkshops(page);
    const workshopsUrl = page.url();
    const compare = await repeat(runs, median, async () => {
      await page.goto(workshopsUrl);
      await page.getByRole('heading', { level: 1, name: 'Ateliers et versions' }).waitFor();
      return compareMs(page);
    });
    await page.goto(workshopsUrl);
    await page.getByRole('heading', { level: 1, name: 'Ateliers et versions' }).waitFor();
    const capture = await repeat(runs, median, () => captureMs(page));
    await context.close();
    return [
      {
        measure: 'compare two versions, 300 fields (100 changed, 20 added)',
        unit: 'ms',
        target: '< 500 ms',
        ...compare,
      },
      { measure: 'Ctrl+E to the exception box ready', unit: 'ms', target: '< 100 ms', ...capture },
    ];
  },
};
