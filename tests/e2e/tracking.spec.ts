import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { createPrototype, expectSaved, openStep } from './support/app';

const preview = (page: Page) => page.getByRole('region', { name: 'Aperçu de la page de suivi' });
const tab = (page: Page, name: string | RegExp) =>
  page.getByRole('tablist', { name: 'Parties du suivi' }).getByRole('tab', { name });

async function openTracking(page: Page, name: string) {
  await createPrototype(page, name);
  await openStep(page, /Suivi et réponses/);
  await expect(page.getByRole('heading', { level: 1, name: 'Suivi et réponses' })).toBeVisible();
}

test('a renamed status shows in the requester’s tracking page preview', async ({ page }) => {
  await openTracking(page, 'Carte de stationnement résident');
  await expect(preview(page).getByText('Demande déposée')).toBeVisible();
  await page.getByRole('button', { name: /^Demande déposée/ }).click();
  await page.getByLabel('Libellé vu par le demandeur').fill('Dossier bien reçu');
  await expect(preview(page).getByText('Dossier bien reçu')).toBeVisible();
  await expect(preview(page).getByText('Demande déposée')).toHaveCount(0);
  await expectSaved(page);
  await page.screenshot({ path: '/tmp/tracking-statuses.png', fullPage: true });
});

test('the tracking step has no accessibility violations', async ({ page }) => {
  await openTracking(page, 'Inscription à la cantine');
  await expectNoAxeViolations(page);
  for (const name of [/Correspondance/, /Messages/, /Délais/, /Code de suivi/]) {
    await tab(page, name).click();
    await page.screenshot({ path: `/tmp/tracking-${String(name).replace(/\W/g, '')}.png`, fullPage: true });
    await expectNoAxeViolations(page);
  }
});
