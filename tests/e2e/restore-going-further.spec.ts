import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { residentPrototypeWithVersionOne } from './support/versions';

async function openOperations(page: Page) {
  await openStep(page, /Pour aller plus loin/);
  await page
    .getByRole('navigation', { name: 'Parties de l’étape' })
    .getByRole('button', { name: 'Opérations et RACI' })
    .click();
}

async function restoreVersionOne(page: Page, withGoingFurther: boolean) {
  await openStep(page, /Ateliers et versions/);
  await page.getByRole('button', { name: 'Restaurer la version n° 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restaurer la version n° 1 ?' });
  const option = dialog.getByRole('checkbox', { name: 'Restaurer aussi « Pour aller plus loin »' });
  // Off by default: what happened after the approval is kept unless asked for.
  await expect(option).not.toBeChecked();
  if (withGoingFurther) {
    await option.check();
    await expect(dialog.getByText(/redevient celui de cette version/)).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await dialog.getByRole('button', { name: 'Restaurer', exact: true }).click();
  const done = page.getByText('Version n° 1 restaurée.');
  await expect(done).toBeVisible();
  // Closed at once: the next restore must show its own message, not find this one still up.
  await page
    .getByRole('listitem')
    .filter({ has: done })
    .getByRole('button', { name: 'Fermer le message' })
    .click();
  await expect(done).toBeHidden();
}

test('restoring a version keeps « Pour aller plus loin » unless the box is ticked', async ({
  page,
}) => {
  await residentPrototypeWithVersionOne(page);

  // Since version 1: the purpose changed, and the deployment cycle was drafted.
  await openStep(page, /Finalité/);
  await page.getByLabel('Pour qui ?').fill('Tout le monde');
  await openOperations(page);
  await page.getByRole('button', { name: 'Proposer le cycle par défaut' }).click();
  await expect(page.getByRole('table', { name: 'Matrice RACI' })).toBeVisible();
  await expectSaved(page);

  await restoreVersionOne(page, false);
  await openStep(page, /Finalité/);
  await expect(page.getByLabel('Pour qui ?')).toHaveValue('Les résidents');
  await openOperations(page);
  await expect(page.getByRole('table', { name: 'Matrice RACI' })).toBeVisible();

  await restoreVersionOne(page, true);
  await openOperations(page);
  await expect(page.getByRole('table', { name: 'Matrice RACI' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Proposer le cycle par défaut' })).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Proposer le cycle par défaut' })).toBeVisible();
});
