// Review: importing a large signed file (parsing, hashing the content, verifying two
// signatures and their chain), and opening the review step of that prototype until its
// checklist (every step's checks, bpmnlint included) is on screen.
/* global document, window, MutationObserver -- used inside the page */
import { closeFixtures, loadFixture } from './_fixtures.mjs';
import { freshPage, repeat, sinceMark } from './_helpers.mjs';
import { generatedDiagram } from './process.mjs';

const name = 'Revue de 300 champs';
const importLabel = 'Importer un prototype (fichier .fabrik.json)';

/** An approved file: 300 justified fields, a 300-element process, two sign-offs. */
async function approvedBundleText() {
  const { createPrototype } = await loadFixture('/src/domain/prototype/create.ts');
  const { createField } = await loadFixture('/src/domain/form/factory.ts');
  const { bundleToText, writeBundle } = await loadFixture('/src/domain/bundle/writeBundle.ts');
  const { generateSigningKeyPair } = await loadFixture('/src/domain/review/keys.ts');
  const { createSignoff } = await loadFixture('/src/domain/review/sign.ts');
  const { stepHashesOf } = await loadFixture('/src/domain/review/stepHashes.ts');
  const now = new Date('2026-11-23T09:00:00Z');
  const prototype = createPrototype(name, now);
  const fields = [];
  for (let index = 0; index < 300; index++) {
    const form = { pages: [{ ...prototype.form.pages[0], fields }] };
    const field = createField('shortText', `field-${index}`, form, {
      label: `Question ${index + 1}`,
    });
    fields.push({ ...field, justification: 'Nécessaire à l’instruction.' });
  }
  prototype.form.pages = [{ ...prototype.form.pages[0], fields }];
  prototype.process.bpmnXml = generatedDiagram();
  let bundle = await writeBundle(prototype, {
    now,
    appVersion: 'bench',
    version: { id: 'v1', number: 1, name: 'Soumission n° 1', createdAt: now.toISOString() },
    submission: { by: 'Awa', at: now.toISOString(), declarations: ['teamSawFinal'] },
  });
  const decisions = [
    ['verifier', 'verified', 'Bruno'],
    ['approver', 'approved', 'Chloé'],
  ];
  for (const [role, decision, reviewer] of decisions) {
    const signoff = await createSignoff(
      { role, name: reviewer, decision, comment: '', comments: [] },
      {
        contentHash: bundle.integrity.contentHash,
        stepHashes: await stepHashesOf(bundle.prototype),
        previous: bundle.signoffs,
        submission: bundle.submission,
        version: bundle.version,
        key: await generateSigningKeyPair(),
        at: now,
      },
    );
    bundle = { ...bundle, signoffs: [...bundle.signoffs, signoff] };
  }
  return bundleToText(bundle);
}

/** From the file being picked to its prototype listed in the catalogue. */
async function importMs(browser, baseUrl, text) {
  const { context, page } = await freshPage(browser);
  await page.goto(baseUrl);
  await page.evaluate((expected) => {
    window.__benchDone = new Promise((resolve) => {
      document.addEventListener('change', () => (window.__benchStart = performance.now()), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        const links = [...document.querySelectorAll('a')];
        if (links.some((link) => link.textContent === expected)) {
          observer.disconnect();
          resolve(performance.now() - window.__benchStart);
        }
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
  }, name);
  await page.getByLabel(importLabel).setInputFiles({
    name: 'revue.fabrik.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const ms = await page.evaluate(() => window.__benchDone);
  return { ms, context, page };
}

async function openReviewMs(page) {
  const since = await page.evaluate(() => performance.now());
  await page
    .getByRole('navigation', { name: 'Étapes du prototype' })
    .getByRole('link', { name: /Vérification/ })
    .click();
  return sinceMark(page, 'fabrik:review-ready', since);
}

export default {
  name: 'review',
  async run({ browser, baseUrl, runs, median }) {
    const text = await approvedBundleText();
    await closeFixtures();
    let kept;
    const imported = await repeat(runs, median, async (run) => {
      const result = await importMs(browser, baseUrl, text);
      if (run === 0) kept = result;
      else await result.context.close();
      return result.ms;
    });

    const { context, page } = kept;
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }).waitFor();
    const purposeUrl = page.url();
    const opened = await repeat(runs, median, async () => {
      await page.goto(purposeUrl);
      await page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }).waitFor();
      return openReviewMs(page);
    });
    await context.close();

    return [
      {
        measure: 'import a signed file: 300 fields, hash and 2 signatures checked',
        unit: 'ms',
        target: '< 1000 ms',
        ...imported,
      },
      {
        measure: 'open Review with 300 fields and a 300-element process (checklist shown)',
        unit: 'ms',
        target: '< 2000 ms',
        ...opened,
      },
    ];
  },
};
