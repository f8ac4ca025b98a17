import { expect, type Page } from '@playwright/test';

/** Creates a prototype from the catalogue and waits for its first step. */
export async function createPrototype(page: Page, name: string): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Nom de la démarche').fill(name);
  await page.getByRole('button', { name: 'Créer le prototype' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }),
  ).toBeVisible();
  const id = /\/p\/([^/]+)\//.exec(page.url())?.[1];
  if (!id) throw new Error(`No prototype id in ${page.url()}`);
  return id;
}

/** Waits until the save indicator says everything is stored. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();
}

/** Opens a step of the open prototype from the step navigation. */
export async function openStep(page: Page, name: string | RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Étapes du prototype' })
    .getByRole('link', { name })
    .click();
}
