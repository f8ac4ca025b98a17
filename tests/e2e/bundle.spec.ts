import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createPrototype, expectSaved } from './support/app';

const importLabel = 'Importer un prototype (fichier .fabrik.json)';

async function exportFromBar(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter', exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function importText(page: Page, name: string, text: string) {
  await page
    .getByLabel(importLabel)
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('export, then import in a fresh browser: the same content', async ({ page, browser }) => {
  await createPrototype(page, 'Aide au permis');
  await page.getByLabel('Pour qui ?').fill('Les 18-25 ans');
  await page
    .getByLabel('Base légale ou réglementaire')
    .fill('Délibération n° 12 <script>alert(1)</script>');
  await expectSaved(page);
  const exported = await exportFromBar(page);
  expect(exported.name).toMatch(/^aide-au-permis-\d{4}-\d{2}-\d{2}\.fabrik\.json$/);

  const fresh = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto('/');
  await importText(other, exported.name, exported.text);
  // The message says what the file is, so a plain export is not taken for a submission.
  await expect(
    other.getByText('C’est un export du prototype, jamais soumis', { exact: false }),
  ).toBeVisible();
  await other.getByRole('link', { name: 'Aide au permis' }).click();
  await expect(other.getByLabel('Pour qui ?')).toHaveValue('Les 18-25 ans');
  await expect(other.getByLabel('Base légale ou réglementaire')).toHaveValue(
    'Délibération n° 12 <script>alert(1)</script>',
  );

  const reexported = await exportFromBar(other);
  expect(JSON.parse(reexported.text).prototype).toEqual(JSON.parse(exported.text).prototype);
  await fresh.close();
});

test('importing an existing prototype asks whether to replace it or keep both', async ({
  page,
}) => {
  await createPrototype(page, 'Cantine');
  await expectSaved(page);
  const exported = await exportFromBar(page);
  await page.getByLabel('Pour qui ?').fill('Changé après export');
  await expectSaved(page);
  await page.goto('/');

  await importText(page, exported.name, exported.text);
  const dialog = page.getByRole('dialog', { name: 'Ce prototype existe déjà' });
  await dialog.getByRole('button', { name: 'Garder les deux' }).click();
  const list = page.getByRole('list', { name: 'Prototypes' });
  await expect(list.getByRole('link', { name: 'Cantine (importé)' })).toBeVisible();

  await importText(page, exported.name, exported.text);
  await dialog.getByRole('button', { name: 'Remplacer' }).click();
  await list.getByRole('link', { name: 'Cantine', exact: true }).click();
  await expect(page.getByLabel('Pour qui ?')).toHaveValue('');
});

test('a corrupted file is refused with a clear message and the catalogue is unchanged', async ({
  page,
}) => {
  await createPrototype(page, 'Déjà là');
  await expectSaved(page);
  const exported = await exportFromBar(page);
  await page.goto('/');
  const list = page.getByRole('list', { name: 'Prototypes' });
  await expect(list.getByRole('listitem')).toHaveCount(1);

  await importText(page, 'abime.fabrik.json', exported.text.slice(0, exported.text.length / 2));
  await expect(
    page.getByRole('alert').filter({ hasText: 'Import impossible : « abime.fabrik.json »' }),
  ).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'n’est pas du JSON valide' }),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Rien n’a été modifié' })).toBeVisible();

  const tampered = exported.text.replace('"Déjà là"', '"Falsifié"');
  await importText(page, 'modifie.fabrik.json', tampered);
  await expect(
    page.getByRole('alert').filter({ hasText: 'son empreinte ne correspond plus' }),
  ).toBeVisible();

  await importText(page, 'autre.json', JSON.stringify({ format: 'autre-chose', data: [] }));
  await expect(
    page.getByRole('alert').filter({ hasText: 'trouvé : « autre-chose »' }),
  ).toBeVisible();

  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('link', { name: 'Déjà là' })).toBeVisible();
});

test('a file dropped on the catalogue is imported', async ({ page }) => {
  await createPrototype(page, 'Déposé');
  await expectSaved(page);
  const exported = await exportFromBar(page);
  await page.getByRole('link', { name: /Fabrik/ }).click();
  await page
    .getByRole('list', { name: 'Prototypes' })
    .getByRole('button', { name: 'Supprimer' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByRole('heading', { name: 'Aucun prototype pour l’instant' })).toBeVisible();

  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'depose.fabrik.json', { type: 'application/json' }));
    return transfer;
  }, exported.text);
  await page.getByRole('heading', { level: 1 }).dispatchEvent('dragover', { dataTransfer });
  await page.getByRole('heading', { level: 1 }).dispatchEvent('drop', { dataTransfer });
  await expect(
    page.getByRole('list', { name: 'Prototypes' }).getByRole('link', { name: 'Déposé' }),
  ).toBeVisible();
});
