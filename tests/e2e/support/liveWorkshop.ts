import { expect, type Browser, type Page } from '@playwright/test';

/** The live workshop's strip under the prototype's bar. */
export const liveBar = (page: Page) => page.getByRole('region', { name: 'Atelier en direct' });

/** The referent shares the open prototype under `name`; returns the dialog and the three links. */
export async function share(page: Page, serverUrl: string, name = 'Référente') {
  await liveBar(page).getByRole('button', { name: 'Partager en direct' }).click();
  const dialog = page.getByRole('dialog', { name: 'Partager le prototype en direct' });
  await dialog.getByLabel('Votre nom').fill(name);
  await dialog.getByLabel('Adresse du serveur d’atelier').fill(serverUrl);
  await dialog.getByRole('button', { name: 'Partager', exact: true }).click();
  await expect(liveBar(page).getByRole('status')).toHaveText(/En direct · référent/);
  const link = async (name: RegExp) => dialog.getByLabel(name).inputValue();
  const links = {
    editor: await link(/^Lien éditeur/),
    viewer: await link(/^Lien spectateur/),
    commenter: await link(/^Lien commentateur/),
  };
  return { dialog, links };
}

/** Another person opens a share link on their own device (a new browser context). */
export async function join(browser: Browser, link: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await page.getByLabel('Votre nom').fill(name);
  await page.getByRole('button', { name: 'Rejoindre' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(liveBar(page).getByRole('status')).toHaveText(/En direct/);
  return page;
}
