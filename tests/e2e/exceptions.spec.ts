import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { addByClick, canvas, openDesigner } from './form-designer.support';
import { expectNoAxeViolations } from './support/axe';
import { createPrototype, expectSaved, openStep } from './support/app';

async function captureWithShortcut(page: Page, title: string) {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Noter une exception' });
  await expect(dialog.getByLabel('De quel cas s’agit-il ?')).toBeFocused();
  return {
    dialog,
    save: async () => {
      await dialog.getByLabel('De quel cas s’agit-il ?').fill(title);
      await dialog.getByLabel('De quel cas s’agit-il ?').press('Enter');
      await expect(dialog).toBeHidden();
    },
  };
}

test('an exception captured from the form with a field selected is listed linked to that field', async ({
  page,
}) => {
  await openDesigner(page, 'Inscription à la cantine');
  await addByClick(page, 'Texte court', 'Nom de famille');
  await addByClick(page, 'Date', 'Date de naissance');
  // Selecting a field on the canvas is what the form designer shares with the capture.
  await canvas(page)
    .getByRole('button', { name: /^Nom de famille/ })
    .click();
  const capture = await captureWithShortcut(page, 'Nom d’usage différent du nom de naissance');
  await expect(capture.dialog).toContainText('Formulaire · champ « Nom de famille »');
  await capture.save();

  await page.getByRole('button', { name: 'Voir la liste' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exceptions' })).toBeVisible();
  const card = page.getByRole('article', { name: 'Nom d’usage différent du nom de naissance' });
  const link = card.getByRole('link', { name: 'Formulaire · champ « Nom de famille »' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Formulaire' })).toBeVisible();
});

test('an exception captured from the tracking step with a status selected is listed linked to it', async ({
  page,
}) => {
  await createPrototype(page, 'Carte de stationnement résident');
  await openStep(page, /Suivi et réponses/);
  await page.getByRole('button', { name: /^Demande déposée/ }).click();
  const capture = await captureWithShortcut(page, 'Demande déposée au guichet sur papier');
  await expect(capture.dialog).toContainText('Suivi et réponses · statut « Demande déposée »');
  await capture.save();
  await expect(
    page.getByText('Exception notée : « Demande déposée au guichet sur papier ».'),
  ).toBeVisible();

  await openStep(page, /Exceptions/);
  const card = page.getByRole('article', { name: 'Demande déposée au guichet sur papier' });
  await expect(
    card.getByRole('link', { name: 'Suivi et réponses · statut « Demande déposée »' }),
  ).toBeVisible();
  await expect(card).toContainText('Sans décision');
});

test('an exception noted while trying the e-service is filed under the try-out', async ({
  page,
}) => {
  await createPrototype(page, 'Carte de stationnement résident');
  await page.getByRole('link', { name: 'Essayer l’e-service' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Essayer l’e-service/ })).toBeVisible();
  const capture = await captureWithShortcut(page, 'Le demandeur n’a pas de justificatif');
  await expect(capture.dialog).toContainText('Notée depuis : Essayer l’e-service');
  await capture.save();

  await openStep(page, /Exceptions/);
  const card = page.getByRole('article', { name: 'Le demandeur n’a pas de justificatif' });
  const link = card.getByRole('link', { name: 'Essayer l’e-service' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: /Essayer l’e-service/ })).toBeVisible();
});

test('an exception captured from the processing diagram is linked to the step selected', async ({
  page,
}) => {
  await createPrototype(page, 'Bourse aux étudiants');
  await openStep(page, /Traitement/);
  // The diagram is a canvas: its shapes are found by their BPMN id.
  const task = page
    .getByRole('region', { name: 'Diagramme du processus' })
    .locator('[data-element-id="Task_CheckCompleteness"]')
    .first();
  await task.click();
  const capture = await captureWithShortcut(page, 'Dossier déposé par un mandataire');
  await expect(capture.dialog).toContainText(
    'Traitement · étape du traitement « Vérifier la complétude du dossier »',
  );
  await capture.save();
  await openStep(page, /Exceptions/);
  await expect(
    page
      .getByRole('article', { name: 'Dossier déposé par un mandataire' })
      .getByRole('link', { name: /étape du traitement « Vérifier la complétude du dossier »/ }),
  ).toBeVisible();
});

test('complete, filter and export the exceptions, with the button as well as the key', async ({
  page,
}) => {
  await createPrototype(page, 'Carte de stationnement résident');
  for (const title of ['Demandeur sous tutelle', '=HYPERLINK("http://example.com")']) {
    await page.getByRole('button', { name: 'Noter une exception' }).click();
    await page.getByRole('dialog').getByLabel('De quel cas s’agit-il ?').fill(title);
    await page.getByRole('dialog').getByRole('button', { name: 'Noter', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  await openStep(page, /Exceptions/);
  await page.getByRole('button', { name: 'Compléter « Demandeur sous tutelle »' }).click();
  const card = page.getByRole('article', { name: 'Demandeur sous tutelle' });
  await card.getByLabel('Fréquence').selectOption({ label: 'Une part des demandes' });
  await card.getByLabel('Part des demandes concernées (%)').fill('12');
  await card.getByLabel('Décision').selectOption({ label: 'À traiter plus tard' });
  await expectNoAxeViolations(page);

  await page.getByLabel('Décision').first().selectOption({ label: 'Sans décision' });
  await expect(page.getByText('1 exception affichée sur 2')).toBeVisible();
  await page.getByLabel('Décision').first().selectOption({ label: 'Toutes' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^exceptions-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    '\uFEFFTitre;Description;Fréquence;Part des demandes concernées (%);Soulevée par;Atelier;Décision;Responsable du suivi;Statut;Étape;Concerne;Notée le',
  );
  expect(csv).toContain('Demandeur sous tutelle;;Une part des demandes;12;;;À traiter plus tard;');
  // A title a spreadsheet would run as a formula stays text.
  expect(csv).toContain(`"'=HYPERLINK(""http://example.com"")"`);
  await expectSaved(page);
});

test('messages leave by themselves and never pile up: two at most', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDesigner(page, 'Stationnement résidentiel');
  const messages = page.getByRole('status').getByRole('listitem');
  for (const title of ['Véhicule de fonction', 'Deux logements', 'Garde alternée']) {
    await (await captureWithShortcut(page, title)).save();
  }
  await expect(messages).toHaveCount(2);
  await expect(messages.first()).toContainText('Deux logements');
  await expect(messages.last()).toContainText('Garde alternée');
  // Left alone, they go: the referent never has to close them one by one.
  await page.mouse.move(0, 0);
  await expect(messages).toHaveCount(0, { timeout: 45_000 });
});

test('at 1280×720 the capture stays in reach on every step, and takes two actions', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createPrototype(page, 'Inscription au conservatoire');
  const capture = page.getByRole('button', { name: 'Noter une exception' });
  const steps = [
    /Finalité/,
    /Cadrage/,
    /Formulaire/,
    /Traitement/,
    /Suivi et réponses/,
    /Exceptions/,
    /Ateliers et versions/,
    /Vérification/,
    /Pour aller plus loin/,
    /Essayer l’e-service/,
  ];
  for (const [index, step] of steps.entries()) {
    await openStep(page, step);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(capture).toBeInViewport();
    // One: the button. Two: the title, confirmed with Enter in the same box.
    await capture.click();
    const title = page
      .getByRole('dialog', { name: 'Noter une exception' })
      .getByLabel('De quel cas s’agit-il ?');
    await title.fill(`Cas ${index + 1}`);
    await title.press('Enter');
    await expect(
      page.getByRole('status').getByText(`Exception notée : « Cas ${index + 1} ».`),
    ).toBeVisible();
  }

  // The designer's columns start below the bar that sticks over them.
  await openStep(page, /Formulaire/);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const bar = await capture.evaluate(
    (button) => button.closest('.prototype-bar')!.getBoundingClientRect().bottom,
  );
  const palette = await page.getByRole('region', { name: 'Types de champ' }).boundingBox();
  expect(palette!.y).toBeGreaterThanOrEqual(bar - 1);

  // Reloaded in a tab that last measured another bar (another width, another language):
  // the columns still stick right under this one, not where the old height said.
  await page.evaluate(() => sessionStorage.setItem('fabrik:prototype-bar-height', '300px'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Formulaire' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const barAfterReload = await capture.evaluate(
    (button) => button.closest('.prototype-bar')!.getBoundingClientRect().bottom,
  );
  await expect
    .poll(async () => (await page.getByRole('region', { name: 'Types de champ' }).boundingBox())!.y)
    .toBeLessThan(barAfterReload + 24);
  const stuck = await page.getByRole('region', { name: 'Types de champ' }).boundingBox();
  expect(stuck!.y).toBeGreaterThanOrEqual(barAfterReload - 1);
});
