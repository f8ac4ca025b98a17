import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { downloadBytes } from './support/documents';

async function pickCatalogue(page: Page, name: string, content: Buffer | string) {
  await page.getByLabel('Fichier de catalogue (.fabrik-catalogue.json)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
  });
}

test('the catalogue is saved as its own file and opened back; a changed file is refused', async ({
  page,
}) => {
  await page.goto('/services/importer');
  await page.getByLabel('Tableur de services (fichier .csv)').setInputFiles({
    name: 'services.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Nom;Niveau\nCantine;2\nPermis;1\n', 'utf8'),
  });
  await page.getByRole('button', { name: 'Importer 2 service(s)' }).click();
  await expect(page.getByRole('table', { name: 'Services du catalogue (2)' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Enregistrer le fichier du catalogue' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.fabrik-catalogue\.json$/);
  const saved = await downloadBytes(download);
  const file = JSON.parse(saved.toString('utf8')) as {
    format: string;
    integrity: { contentHash: string };
    catalogue: { services: { name: string }[] };
  };
  expect(file.format).toBe('fabrik/service-catalogue');
  expect(file.integrity.contentHash).toMatch(/^[0-9a-f]{64}$/);

  // A third service, then the file of two: the preview says what it replaces; cancel keeps all.
  await page.getByLabel('Nom du service').fill('Piscine');
  await page.getByRole('button', { name: 'Ajouter un service' }).click();
  await page.getByRole('link', { name: 'Retour au catalogue' }).click();
  await expect(page.getByRole('table', { name: 'Services du catalogue (3)' })).toBeVisible();

  // Changed by hand after it was saved: refused, and nothing changes.
  file.catalogue.services[0]!.name = 'Cantine gratuite';
  await pickCatalogue(page, 'modifie.fabrik-catalogue.json', JSON.stringify(file));
  await expect(page.getByRole('alert').filter({ hasText: 'modifie.fabrik' })).toContainText(
    'son contenu a été modifié après son enregistrement',
  );
  await expect(page.getByRole('table', { name: 'Services du catalogue (3)' })).toBeVisible();
  await expectNoAxeViolations(page);

  await pickCatalogue(page, 'catalogue.fabrik-catalogue.json', saved);
  const dialog = page.getByRole('dialog', {
    name: 'Remplacer le catalogue par « catalogue.fabrik-catalogue.json » ?',
  });
  await expect(dialog).toContainText('Le fichier contient 2 service(s)');
  await expect(dialog).toContainText('Les 3 service(s) actuels');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('table', { name: 'Services du catalogue (3)' })).toBeVisible();

  await pickCatalogue(page, 'catalogue.fabrik-catalogue.json', saved);
  await dialog.getByRole('button', { name: 'Remplacer le catalogue' }).click();
  const list = page.getByRole('table', { name: 'Services du catalogue (2)' });
  await expect(list).toBeVisible();
  await expect(list.getByRole('link', { name: 'Piscine' })).toHaveCount(0);
});
