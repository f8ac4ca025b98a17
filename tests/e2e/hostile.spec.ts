import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { hostileFiles } from '../fixtures/hostile/corpus';
import { createPrototype, expectSaved } from './support/app';
import { expectNoAxeViolations } from './support/axe';

const importLabel = 'Importer un prototype (fichier .fabrik.json)';

// The files that left the import stuck on « Lecture du fichier… » or froze the tab for
// minutes, and the largest ones: each is answered in French while the page stays usable.
const tried = hostileFiles.filter(
  (file) => file.freezing || file.name === 'texte-immense.fabrik.json',
);

for (const file of tried) {
  test(`${file.name} (${file.what}): refused in French, the page answering meanwhile`, async ({
    page,
  }, testInfo) => {
    await createPrototype(page, 'Déjà là');
    await expectSaved(page);
    await page.goto('/');
    const list = page.getByRole('list', { name: 'Prototypes' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    const path = testInfo.outputPath(file.name);
    await writeFile(path, await file.bytes());

    await page.getByLabel(importLabel).setInputFiles(path);
    // The page answers a click and typing while the file is checked.
    const name = page.getByLabel('Nom de la démarche');
    await name.click();
    await name.fill('Tapé pendant la lecture');
    await expect(name).toHaveValue('Tapé pendant la lecture');

    const alert = page
      .getByRole('alert')
      .filter({ hasText: `Import impossible : « ${file.name} »` });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Rien n’a été modifié dans vos prototypes.');
    await expect(alert).not.toContainText(
      /\b(expected|received|unexpected|invalid|token)\b|at position/i,
    );
    await expect(page.getByText('Lecture du fichier…')).toHaveCount(0);
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
}

test('a file is checked off the main thread, in a worker the CSP allows', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  const file = hostileFiles.find((candidate) => candidate.name === 'bom.fabrik.json')!;
  await page.getByLabel(importLabel).setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(await file.bytes()),
  });
  await expect(
    page.getByRole('list', { name: 'Prototypes' }).getByRole('link', {
      name: 'Carte de stationnement résident',
    }),
  ).toBeVisible();
  expect(workers.some((url) => url.includes('bundleReader.worker'))).toBe(true);
  expect(errors).toEqual([]);
});
