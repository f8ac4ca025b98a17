// Tracking step: opening it (its lazy chunk + reading the process), opening it on a large
// prototype (300 fields, a 300-element process), and how fast a keystroke in a message
// reaches its preview there.
/* global document, window, MutationObserver, requestAnimationFrame -- used inside the page */
import { closeFixtures, largeTrackingBundle } from './_fixtures.mjs';
import {
  createPrototypeThroughUi,
  freshPage,
  importAndOpen,
  repeat,
  sinceMark,
} from './_helpers.mjs';

const readyMark = 'fabrik:tracking-ready';

async function openTrackingMs(page) {
  const since = await page.evaluate(() => performance.now());
  await page
    .getByRole('navigation', { name: 'Étapes du prototype' })
    .getByRole('link', { name: /Suivi et réponses/ })
    .click();
  return sinceMark(page, readyMark, since);
}

async function firstOpenMs(browser, baseUrl) {
  const { context, page } = await freshPage(browser);
  await createPrototypeThroughUi(page, baseUrl, 'Banc d’essai du suivi');
  const ms = await openTrackingMs(page);
  await context.close();
  return ms;
}

/** From the keydown to the frame where the message's preview shows the typed character. */
async function keystrokeToPreviewMs(page, typed) {
  const letter = 'xyzw'[typed.length % 4];
  await page.evaluate((expected) => {
    const preview = [...document.querySelectorAll('section')].find(
      (section) => section.querySelector('h3')?.textContent === 'Aperçu',
    );
    window.__benchDone = new Promise((resolve) => {
      document.addEventListener('keydown', () => (window.__benchStart = performance.now()), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        if (preview.textContent.includes(expected)) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - window.__benchStart));
        }
      });
      observer.observe(preview, { subtree: true, childList: true, characterData: true });
    });
  }, `fin${typed}${letter}`);
  await page.keyboard.type(letter);
  return page.evaluate(() => window.__benchDone);
}

export default {
  name: 'tracking',
  async run({ browser, baseUrl, runs, median }) {
    const large = await largeTrackingBundle({ name: 'Suivi de 300 champs' });
    await closeFixtures();
    const firstOpen = await repeat(runs, median, () => firstOpenMs(browser, baseUrl));

    const { context, page } = await freshPage(browser);
    const purposeUrl = await importAndOpen(page, baseUrl, {
      fileName: 'suivi.fabrik.json',
      text: large.text,
    });
    const largeOpen = await repeat(runs, median, async () => {
      await page.goto(purposeUrl);
      await page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }).waitFor();
      return openTrackingMs(page);
    });

    await page.getByRole('tab', { name: 'Messages' }).click();
    await page.getByRole('button', { name: /a bien été reçue/ }).click();
    const body = page.getByLabel('Texte du message');
    await body.fill('Bonjour {{champ_12}}, fin');
    await body.press('End');
    let typed = '';
    const keystroke = await repeat(runs, median, async () => {
      const ms = await keystrokeToPreviewMs(page, typed);
      typed += 'xyzw'[typed.length % 4];
      return ms;
    });
    await context.close();

    return [
      {
        measure: 'open Tracking the first time (lazy chunk + default process)',
        unit: 'ms',
        target: '< 1000 ms',
        ...firstOpen,
      },
      {
        measure: 'open Tracking with 300 fields and a 300-element process',
        unit: 'ms',
        target: '< 1500 ms',
        ...largeOpen,
      },
      {
        measure: 'keystroke in a message to its preview (300 fields)',
        unit: 'ms',
        target: '< 50 ms',
        ...keystroke,
      },
    ];
  },
};
