import { expect, test } from '@playwright/test';
import { createPrototype, expectSaved } from './support/app';

test('keystrokes typed just before the page closes are there when it reopens', async ({
  context,
  page,
}) => {
  await createPrototype(page, 'Fermeture brutale');
  const url = page.url();
  const box = page.getByLabel('Pourquoi cette démarche existe-t-elle ?');
  await box.fill('Une démarche');
  await expectSaved(page);
  await box.pressSequentially(' sans file');
  await page.close({ runBeforeUnload: true });

  const reopened = await context.newPage();
  await reopened.goto(url);
  await expect(reopened.getByLabel('Pourquoi cette démarche existe-t-elle ?')).toHaveValue(
    'Une démarche sans file',
  );
  await expectSaved(reopened);
});

test('undo and redo every change, with the keyboard and the buttons', async ({ page }) => {
  await createPrototype(page, 'Annuler rétablir');
  const audience = page.getByLabel('Pour qui ?');
  const value = page.getByLabel('Qu’y gagne le demandeur ?');
  await audience.fill('Les résidents');
  await value.fill('Moins de déplacements');

  await page.keyboard.press('Control+z');
  await expect(value).toHaveValue('');
  await expect(audience).toHaveValue('Les résidents');
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(audience).toHaveValue('');

  await page.keyboard.press('Control+Shift+z');
  await expect(audience).toHaveValue('Les résidents');
  await page.getByRole('button', { name: 'Rétablir' }).click();
  await expect(value).toHaveValue('Moins de déplacements');
  await expect(page.getByRole('button', { name: 'Rétablir' })).toBeDisabled();

  await page.keyboard.press('Control+z');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Qu’y gagne le demandeur ?')).toHaveValue('');
  await expect(page.getByLabel('Pour qui ?')).toHaveValue('Les résidents');
});
