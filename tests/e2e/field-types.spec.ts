import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectSaved, openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { addByClick, openDesigner, preview, properties } from './form-designer.support';

// A projector-sized screen: palette, canvas and properties side by side.
test.use({ viewport: { width: 1600, height: 1000 } });

test('a pattern such as (a+)+b does not freeze the preview', async ({ page }) => {
  await openDesigner(page, 'Immatriculation');
  await addByClick(page, 'Texte court', 'Code');
  await properties(page).getByLabel('Format attendu (expression régulière)').fill('(a+)+b');
  await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
  // JavaScript's own engine would take hours on these 60 letters; the page answers at once.
  await preview(page)
    .getByLabel(/^Code/)
    .fill(`${'a'.repeat(60)}c`);
  await preview(page).getByRole('button', { name: 'Vérifier mes réponses' }).click();
  await expect(preview(page).getByRole('alert')).toContainText(
    'Le format de la réponse n’est pas celui attendu.',
  );
  await preview(page).getByLabel(/^Code/).fill('aaab');
  await preview(page).getByRole('button', { name: 'Vérifier mes réponses' }).click();
  await expect(preview(page).getByRole('heading', { name: /Vérifiez vos réponses/ })).toBeVisible();

  // Opened again from its address, a prototype holding a pattern waits for the engines
  // that check it (others are shown without them): the answer is checked as before.
  await expectSaved(page);
  await page.reload();
  const show = page.getByRole('button', { name: 'Afficher l’aperçu' });
  if (await show.isVisible()) await show.click();
  await preview(page).getByLabel(/^Code/).fill('abc');
  await preview(page).getByRole('button', { name: 'Vérifier mes réponses' }).click();
  await expect(preview(page).getByRole('alert')).toContainText(
    'Le format de la réponse n’est pas celui attendu.',
  );
});

test('every question says why it is asked, or why it needs not, before the prototype can be submitted', async ({
  page,
}) => {
  // Two visits to the checklist and a reload: more steps than most tests.
  test.slow();
  await openDesigner(page, 'Inscription à la cantine');
  await addByClick(page, 'Adresse électronique', 'Courriel');
  await expectSaved(page);
  await openStep(page, 'Vérification');
  const blocking = page.getByText(
    'Bloquant : « Courriel » (page 1) ne dit pas pourquoi la réponse est nécessaire.',
  );
  await expect(blocking).toBeVisible();

  await openStep(page, /Formulaire/);
  await page
    .getByRole('button', { name: /^Courriel/ })
    .first()
    .click();
  await properties(page)
    .getByRole('checkbox', { name: 'Cette question n’a pas besoin de justification' })
    .check();
  await properties(page)
    .getByLabel('Pourquoi n’en a-t-elle pas besoin ?')
    .fill('Le demandeur choisit d’être contacté par courriel.');
  await expectNoAxeViolations(page);
  await expectSaved(page);
  await page.reload();
  await openStep(page, 'Vérification');
  await expect(page.getByText(/^Points bloquants : \d+ ;/)).toBeVisible();
  await expect(blocking).toHaveCount(0);
});

test('a renamed option is sent under its new name, in the exported JSON Schema too', async ({
  page,
}) => {
  await openDesigner(page, 'Aide aux associations');
  await addByClick(page, 'Choix unique', 'Vous êtes');
  const second = properties(page).getByRole('textbox', { name: 'Libellé de l’option 2' });
  await second.fill('Entreprise');
  await expect(properties(page).getByRole('textbox', { name: 'Valeur de l’option 2' })).toHaveValue(
    'entreprise',
  );
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en JSON Schema' }).click();
  const schema = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    properties: Record<string, { anyOf: { const: string; title: string }[] }>;
  };
  expect(Object.values(schema.properties)[0]!.anyOf).toContainEqual({
    const: 'entreprise',
    title: 'Entreprise',
  });
});
