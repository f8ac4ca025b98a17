import { expect, test } from '@playwright/test';
import { createPrototype, expectSaved } from './support/app';

test('a second tab sees the first tab’s changes', async ({ context, page }) => {
  await createPrototype(page, 'Deux onglets');
  const second = await context.newPage();
  await second.goto(page.url());
  await expectSaved(second);

  await page.getByLabel('Pour qui ?').fill('Tapé dans le premier onglet');
  await expect(second.getByLabel('Pour qui ?')).toHaveValue('Tapé dans le premier onglet');
});

test('two tabs editing at once: no silent overwrite, a clear message and a way to reload', async ({
  context,
  page,
}) => {
  await createPrototype(page, 'Conflit');
  const url = page.url();
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByLabel('Pour qui ?')).toBeVisible();
  // Hold the second tab's writes, so that its change is still unsaved when the first tab saves.
  await second.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function heldBack() {
      throw new DOMException('held back by the test', 'AbortError');
    };
    (window as unknown as { releaseWrites: () => void }).releaseWrites = () => {
      IDBObjectStore.prototype.put = put;
    };
  });
  await second.getByLabel('Pour qui ?').fill('Version du second onglet');
  await expect(
    second.getByRole('status').filter({ hasText: 'Erreur d’enregistrement' }),
  ).toBeVisible();
  await second.evaluate(() => (window as unknown as { releaseWrites: () => void }).releaseWrites());

  await page.getByLabel('Pour qui ?').fill('Version du premier onglet');
  await expectSaved(page);

  const conflict = second
    .getByRole('alert')
    .filter({ hasText: 'Ce prototype a été modifié dans un autre onglet' });
  await expect(conflict).toBeVisible();
  await expect(
    second.getByRole('status').filter({ hasText: 'Modifié dans un autre onglet' }),
  ).toBeVisible();
  await second.getByLabel('Qu’y gagne le demandeur ?').fill('Encore une modification');
  await expect(conflict).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Pour qui ?')).toHaveValue('Version du premier onglet');

  await second.getByRole('button', { name: 'Recharger la dernière version' }).click();
  await expect(second.getByLabel('Pour qui ?')).toHaveValue('Version du premier onglet');
  await expect(conflict).toBeHidden();
});
