import { expect, test } from '@playwright/test';
import { createPrototype } from './support/app';

test('the built app sends a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
});

test('without IndexedDB (as in some private modes) the catalogue says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await page.goto('/');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Vos prototypes ne peuvent pas être lus' }),
  ).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Le stockage du navigateur est indisponible' }),
  ).toBeVisible();
});

test('a full disk while editing is shown, the text stays on screen, and an export is offered', async ({
  page,
}) => {
  await createPrototype(page, 'Disque plein');
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    (window as unknown as { restorePut: () => void }).restorePut = () => {
      IDBObjectStore.prototype.put = original;
    };
  });
  await page.getByLabel('Pour qui ?').fill('Ne doit pas se perdre');
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'Vos modifications ne sont pas enregistrées' });
  await expect(alert).toContainText('L’espace de stockage du navigateur est plein');
  await expect(page.getByLabel('Pour qui ?')).toHaveValue('Ne doit pas se perdre');

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Exporter ma version' }).click();
  expect((await download).suggestedFilename()).toMatch(/^disque-plein-.*\.fabrik\.json$/);

  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(alert).toBeHidden();
  await page.reload();
  await expect(page.getByLabel('Pour qui ?')).toHaveValue('Ne doit pas se perdre');
});

test('an unknown address and an unknown prototype get a clear page', async ({ page }) => {
  await page.goto('/nulle-part');
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  await page.goto('/p/inexistant/purpose');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Ce prototype n’existe pas dans ce navigateur' }),
  ).toBeVisible();
});
