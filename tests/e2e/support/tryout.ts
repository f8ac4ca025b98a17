import { expect, type Page } from '@playwright/test';

/** The agents' side of the try-out. */
export const agents = (page: Page) => page.getByRole('region', { name: 'Côté agents' });

/** An agent completes a step of the processing. */
export const complete = (page: Page, step: string) =>
  agents(page)
    .getByRole('button', { name: `Terminer « ${step} »` })
    .click();

/** An agent takes one way out of a choice. */
export const choose = (page: Page, gateway: string, option: string) =>
  agents(page).getByRole('group', { name: gateway }).getByRole('button', { name: option }).click();

/** Opens the try-out from the step navigation. */
export async function openTryOut(page: Page) {
  await page
    .getByRole('navigation', { name: 'Étapes du prototype' })
    .getByRole('link', { name: 'Essayer l’e-service' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Essayer l’e-service' })).toBeVisible();
}
