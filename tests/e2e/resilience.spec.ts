import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createPrototype, expectSaved } from './support/app';
import { expectNoAxeViolations } from './support/axe';

/** The banner saying that changes are not being stored, and why. */
const saveProblem = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'Vos modifications ne sont pas enregistrées' });

test('the built app sends a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
});

test('the app’s hashed files are kept by the browser, its page and a missing file are checked again', async ({
  page,
  request,
}) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  const document = await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(document?.headers()['cache-control']).toBe('no-cache');
  const script = scripts.find((url) => url.includes('/assets/'));
  expect(script).toBeDefined();
  const asset = await request.get(script!);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const missing = await request.get('/assets/missing-0000.js');
  expect(missing.headers()['cache-control']).toBe('no-cache');
});

test('without IndexedDB (as in some private modes) prototypes live in memory and can be exported', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await page.goto('/');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Fabrik garde vos prototypes en mémoire' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Nom de la démarche').fill('Sans stockage');
  await page.getByRole('button', { name: 'Créer le prototype' }).click();
  await page.getByLabel('Pour qui ?').fill('Les résidents');
  await expectSaved(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sans-stockage-.*\.fabrik\.json$/);
  const bundle = JSON.parse(readFileSync((await file.path())!, 'utf8')) as {
    prototype: { purpose: { audience: string } };
  };
  expect(bundle.prototype.purpose.audience).toBe('Les résidents');

  await page.getByRole('link', { name: /Fabrik/ }).click();
  await expect(page.getByRole('link', { name: /Sans stockage/ })).toBeVisible();
});

test('a stored prototype that cannot be read is listed aside, with its raw content to export', async ({
  page,
}) => {
  await createPrototype(page, 'Lisible');
  // A row this release cannot read (written by a newer one), put there behind its back.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('fabrik');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('prototypes', 'readwrite');
          transaction
            .objectStore('prototypes')
            .put({ id: 'plus-recent', name: 'Venu du futur', schemaVersion: 99 });
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
  );
  await page.goto('/');
  const aside = page.getByRole('alert').filter({ hasText: 'Ce prototype ne peut pas être lu' });
  await expect(aside).toContainText('Venu du futur');
  await expect(page.getByRole('link', { name: /Lisible/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const download = page.waitForEvent('download');
  await aside.getByRole('button', { name: /^Exporter son contenu brut/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^venu-du-futur-.*\.contenu-brut\.json$/);
  expect(JSON.parse(readFileSync((await file.path())!, 'utf8'))).toEqual({
    id: 'plus-recent',
    name: 'Venu du futur',
    schemaVersion: 99,
  });
});

/** The stored row of a prototype, with `patch` written over it first, straight in IndexedDB (behind the app's back). */
async function patchStoredRow(
  page: Page,
  id: string,
  patch: Record<string, unknown> = {},
): Promise<unknown> {
  return page.evaluate(
    ([key, changes]) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('fabrik');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const store = request.result
            .transaction('prototypes', 'readwrite')
            .objectStore('prototypes');
          const read = store.get(key);
          read.onsuccess = () => {
            const row = { ...(read.result as object), ...changes };
            store.put(row);
            store.transaction.oncomplete = () => {
              request.result.close();
              resolve(row);
            };
          };
        };
      }),
    [id, patch] as const,
  );
}

test('a prototype damaged in storage since this release wrote it says so when opened, and is left as it is', async ({
  page,
}) => {
  const id = await createPrototype(page, 'Abîmé ensuite');
  await expectSaved(page);
  // Still marked as written by this release: it is shown at once, then read in full.
  await patchStoredRow(page, id, { tracking: 'rien' });
  await page.goto(`/p/${id}/form`);
  const alert = page.getByRole('alert').filter({ hasText: 'Le prototype n’a pas pu être chargé.' });
  await expect(alert).toContainText('ne peut pas être lu par cette version de Fabrik');
  await expectNoAxeViolations(page);
  await page.goto('/');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Ce prototype ne peut pas être lu' }),
  ).toContainText('Abîmé ensuite');
  expect(await patchStoredRow(page, id)).toMatchObject({ tracking: 'rien', revision: 0 });
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
  const alert = saveProblem(page);
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

test('a network lost before all the app’s code arrived leaves the prototype open, and its edits are saved once back', async ({
  page,
  context,
}) => {
  await createPrototype(page, 'Réseau coupé');
  // The schemas' code, which checks a stored prototype in full, cannot be downloaded.
  const schemasCode = /\/assets\/shapes-[^/]*\.js$/;
  await page.route(schemasCode, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await page.getByLabel('Pour qui ?').fill('Écrit sans réseau');
  const alert = saveProblem(page);
  await expect(alert).toContainText('Une partie de Fabrik n’a pas pu être téléchargée');
  await expect(page.getByLabel('Pour qui ?')).toHaveValue('Écrit sans réseau');

  // The network is back: the save is made again without being asked.
  await page.unroute(schemasCode);
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(alert).toBeHidden();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Pour qui ?')).toHaveValue('Écrit sans réseau');
});

test('a closed tab’s changes are not passed over when their check cannot be downloaded: the page waits for the network', async ({
  page,
  context,
}) => {
  await createPrototype(page, 'Coupure à la reprise');
  const url = page.url();
  // The disk refuses the last change: the browser keeps it aside (the journal), to replay.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByLabel('Pour qui ?').fill('Gardé dans le navigateur');
  await expect(saveProblem(page)).toBeVisible();
  // Reopened before the service worker kept the schemas' code, with the network down.
  const schemasCode = /\/assets\/shapes-[^/]*\.js$/;
  let downloadsTried = 0;
  await context.route(schemasCode, (route) => {
    downloadsTried += 1;
    return route.abort('internetdisconnected');
  });
  await page.close({ runBeforeUnload: true });

  const reopened = await context.newPage();
  await reopened.goto(url);
  const alert = reopened
    .getByRole('alert')
    .filter({ hasText: 'Une partie de Fabrik n’a pas pu être téléchargée' });
  await expect(alert).toContainText('Rien n’est perdu : réessayez une fois le réseau revenu');
  await expectNoAxeViolations(reopened);
  const triedBefore = downloadsTried;
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect.poll(() => downloadsTried).toBeGreaterThan(triedBefore);
  await expect(alert).toBeVisible();
  await expect(
    reopened.getByRole('heading', { name: 'Prototype impossible à ouvrir' }),
  ).toBeFocused();

  // The network is back: the prototype opens by itself, with the changes of the closed tab.
  await context.unroute(schemasCode);
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(reopened.getByLabel('Pour qui ?')).toHaveValue('Gardé dans le navigateur');
  await expectSaved(reopened);
});

test('an unknown address and an unknown prototype get a clear page', async ({ page }) => {
  await page.goto('/nulle-part');
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  await page.goto('/p/inexistant/purpose');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Ce prototype n’existe pas dans ce navigateur' }),
  ).toBeVisible();
});
