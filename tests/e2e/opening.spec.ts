import { expect, test } from '@playwright/test';
import { createPrototype, expectSaved, openStep } from './support/app';

/**
 * Records, from the page's first script, what the app's root showed in each frame before
 * the step's heading: the « Ouverture du prototype… » and « Chargement… » placeholders,
 * had any been drawn on the way. Read just before each frame is painted.
 */
const recordFramesBeforeHeading = () => {
  const seen: string[] = [];
  (window as unknown as { framesBeforeHeading: string[] }).framesBeforeHeading = seen;
  const look = () => {
    const root = document.getElementById('root');
    if (root?.querySelector('h1')) return;
    const text = root?.textContent?.trim();
    if (text) seen.push(text);
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

test('a prototype opened from its address is drawn whole, without a loading placeholder on the way', async ({
  page,
}) => {
  await createPrototype(page, 'Inscription à la cantine');
  await openStep(page, /Formulaire/);
  await expect(page.getByRole('heading', { level: 1, name: 'Formulaire' })).toBeVisible();
  await expectSaved(page);

  await page.addInitScript(recordFramesBeforeHeading);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Formulaire' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Étapes du prototype' })).toBeVisible();
  expect(
    await page.evaluate(
      () => (window as unknown as { framesBeforeHeading: string[] }).framesBeforeHeading,
    ),
  ).toEqual([]);
});

test('a link to a prototype, opened in a browser that never ran Fabrik, leaves it as on a first visit', async ({
  page,
}) => {
  // The page's first script looks for the prototype before the app runs: finding no
  // database, it leaves its creation to the app.
  await page.goto('/p/venu-d-un-lien/form');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Ce prototype n’existe pas dans ce navigateur' }),
  ).toBeVisible();

  const id = await createPrototype(page, 'Premier prototype');
  await page.goto(`/p/${id}/purpose`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }),
  ).toBeVisible();
  await expect(page.getByText('Premier prototype', { exact: true }).first()).toBeVisible();
});
