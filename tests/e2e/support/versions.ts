import { expect, type Page } from '@playwright/test';
import { createPrototype, openStep } from './app';

/**
 * Creates « Carte de stationnement résident » for « Les résidents » and takes its version
 * n° 1 at once, unnamed: the starting point of the tests that change it and restore it.
 */
export async function residentPrototypeWithVersionOne(page: Page): Promise<void> {
  await createPrototype(page, 'Carte de stationnement résident');
  await page.getByLabel('Pour qui ?').fill('Les résidents');
  await openStep(page, /Ateliers et versions/);
  await page.getByRole('button', { name: 'Enregistrer une version maintenant' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Enregistrer une version maintenant' })
    .click();
  await expect(page.getByText('Version n° 1 enregistrée.')).toBeVisible();
}
