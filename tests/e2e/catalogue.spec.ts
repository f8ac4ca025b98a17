import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { createPrototype, expectSaved } from './support/app';

test('the empty catalogue explains Fabrik and passes axe', async ({ page }) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vos prototypes de démarches' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aucun prototype pour l’instant' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('create, open, rename, duplicate and delete a prototype, with a way back', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Créer le prototype' }).click();
  await expect(page.getByText('Le nom est obligatoire.')).toBeVisible();

  await createPrototype(page, 'Carte de stationnement');
  await expectSaved(page);
  await page.getByRole('link', { name: /Fabrik/ }).click();

  const list = page.getByRole('list', { name: 'Prototypes' });
  await expect(list.getByRole('link', { name: 'Carte de stationnement' })).toBeVisible();
  await expect(list.getByText('Brouillon')).toBeVisible();
  await expect(list.getByText('Étapes prêtes : 0 sur 9')).toBeVisible();

  await list.getByRole('button', { name: 'Renommer' }).click();
  await page.getByRole('dialog').getByLabel('Nouveau nom').fill('Carte de résident');
  await page.getByRole('dialog').getByRole('button', { name: 'Renommer' }).click();
  await expect(list.getByRole('link', { name: 'Carte de résident' })).toBeVisible();

  await list.getByRole('button', { name: 'Dupliquer' }).click();
  await expect(list.getByRole('link', { name: 'Copie de Carte de résident' })).toBeVisible();
  await expectNoAxeViolations(page);

  const copy = list.getByRole('listitem').filter({ hasText: 'Copie de Carte de résident' });
  await copy.getByRole('button', { name: 'Supprimer' }).click();
  await page
    .getByRole('dialog', { name: /Supprimer/ })
    .getByRole('button', { name: 'Supprimer' })
    .click();
  await expect(list.getByRole('link', { name: 'Copie de Carte de résident' })).toBeHidden();
  // The focus moves to the card that remains, not to <body>.
  await expect(list.getByRole('link', { name: 'Carte de résident', exact: true })).toBeFocused();
  await page.getByRole('status').getByRole('button', { name: 'Annuler' }).click();
  await expect(list.getByRole('link', { name: 'Copie de Carte de résident' })).toBeFocused();

  await list.getByRole('link', { name: 'Carte de résident', exact: true }).click();
  await expect(page.getByLabel(/Nom de la démarche/)).toHaveValue('Carte de résident');
});

test('the interface switches to English and remembers it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Switch the interface to English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your procedure prototypes' }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your procedure prototypes' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: "Passer l'interface en français" }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vos prototypes de démarches' }),
  ).toBeVisible();
});

test('the step navigation shows where the user is and moves focus to the step', async ({
  page,
}) => {
  await createPrototype(page, 'Navigation');
  const nav = page.getByRole('navigation', { name: 'Étapes du prototype' });
  await expect(nav.getByRole('link', { name: 'Finalité' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Exceptions' }).click();
  await expect(nav.getByRole('link', { name: 'Exceptions' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(nav.getByRole('link', { name: 'Finalité' })).not.toHaveAttribute('aria-current');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
