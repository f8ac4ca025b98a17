import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

test('once opened, Fabrik works offline', async ({ context, page }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vos prototypes de démarches' }),
  ).toBeVisible();
  await page.getByLabel('Nom de la démarche').fill('Créé hors ligne');
  await page.getByRole('button', { name: 'Créer le prototype' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }),
  ).toBeVisible();
  const manifest = await page.evaluate(() =>
    document.querySelector('link[rel="manifest"]')?.getAttribute('href'),
  );
  expect(manifest).toBeTruthy();
});
