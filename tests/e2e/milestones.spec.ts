import { expect, test, type Page } from '@playwright/test';
import { createPrototype, expectSaved } from './support/app';
import { createReadyPrototype, expectStatus, name, openReview } from './support/review';

/**
 * What kills the tab as a crash or the task manager would (no page event, no unload),
 * made ready beforehand so that nothing runs between the moment chosen and the kill.
 */
async function tabKiller(page: Page): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  return async () => {
    const crashed = page.waitForEvent('crash');
    // The renderer dies before it can answer.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
  };
}

test('a submission is stored before its file is downloaded: a tab killed right after still shows it submitted', async ({
  context,
  page,
}) => {
  await createReadyPrototype(page);
  await expect(page.getByText('Points bloquants : 0 ;', { exact: false })).toBeVisible();
  const declarations = page.getByRole('group', { name: 'Je déclare que :' });
  for (const box of await declarations.getByRole('checkbox').all()) await box.check();
  const kill = await tabKiller(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Soumettre et télécharger le fichier' }).click();
  await download;
  await kill();

  const reopened = await context.newPage();
  await reopened.goto('/');
  await expect(
    reopened.getByRole('listitem').filter({ hasText: name }).getByText('Soumis à vérification'),
  ).toBeVisible();
  await openReview(reopened, name);
  await expectStatus(reopened, 'Soumis à vérification');
});

test('a change typed a second before the tab is killed is there when it reopens, even with the disk busy', async ({
  context,
  page,
}) => {
  await createPrototype(page, 'Onglet tué');
  const url = page.url();
  await expectSaved(page);
  // Another connection holds the prototypes for writing: this tab's save waits behind it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('fabrik');
        request.onsuccess = () => {
          const store = request.result
            .transaction('prototypes', 'readwrite')
            .objectStore('prototypes');
          const keepBusy = () => {
            store.count().onsuccess = keepBusy;
          };
          keepBusy();
          resolve();
        };
      }),
  );
  const kill = await tabKiller(page);
  await page.getByLabel('Pour qui ?').fill('Les résidents du centre-ville');
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeHidden();
  // What the issue promises: a change typed one second before the tab dies is kept.
  await page.waitForTimeout(1000);
  await kill();

  const reopened = await context.newPage();
  await reopened.goto(url);
  await expect(reopened.getByLabel('Pour qui ?')).toHaveValue('Les résidents du centre-ville');
  await expectSaved(reopened);
});
