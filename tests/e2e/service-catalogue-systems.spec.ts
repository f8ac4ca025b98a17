import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

const BLOCKS_NEEDED = 'Briques nécessaires';
const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();

test('the catalogue of systems says which blocks are in production, and services refer to its systems', async ({
  page,
}) => {
  await page.goto('/services');
  await page.getByLabel('Nom du service').fill('Inscription à la cantine');
  await page.getByRole('button', { name: 'Ajouter un service' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Inscription à la cantine' }),
  ).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Catalogue des services' })
    .getByRole('link', { name: 'Systèmes' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Catalogue des systèmes' }),
  ).toBeVisible();
  await expect(
    page.getByText('Aucune brique n’est encore fournie par un système en production.'),
  ).toBeVisible();
  await page.getByLabel('Nom du système').fill('FranceConnect');
  await page.getByRole('button', { name: 'Ajouter le système' }).click();
  const system = page.getByRole('region', { name: 'FranceConnect' });
  await system.getByLabel('Version').fill('2.1');
  await system.getByRole('checkbox', { name: 'Identité' }).check();
  await system.getByRole('checkbox', { name: 'En production' }).check();
  await expect(
    page.getByText('Briques fournies par un système en production : Identité.'),
  ).toBeVisible();
  // A second system of the same name is refused in words.
  await page.getByLabel('Nom du système').fill('franceconnect');
  await page.getByRole('button', { name: 'Ajouter le système' }).click();
  await expect(page.getByText('Un système porte déjà ce nom.')).toBeVisible();
  await saved(page);
  await expectNoAxeViolations(page);

  // The service refers to it; the system says it is used.
  const area = page.getByRole('navigation', { name: 'Catalogue des services' });
  await area.getByRole('link', { name: 'Services', exact: true }).click();
  await page.getByRole('link', { name: 'Inscription à la cantine' }).click();
  await page
    .getByRole('group', { name: 'Systèmes utilisés' })
    .getByRole('checkbox', { name: 'FranceConnect' })
    .check();
  await saved(page);
  await area.getByRole('link', { name: 'Systèmes' }).click();
  await expect(system.getByText('Utilisé par 1 service(s).')).toBeVisible();

  // Feasibility counts the blocks the systems in production provide, and says which.
  await area.getByRole('link', { name: 'Services', exact: true }).click();
  await page.getByRole('link', { name: 'Inscription à la cantine' }).click();
  await page
    .getByRole('group', { name: BLOCKS_NEEDED })
    .getByRole('checkbox', { name: 'Identité' })
    .check();
  await page
    .getByRole('group', { name: BLOCKS_NEEDED })
    .getByRole('checkbox', { name: 'Paiement' })
    .check();
  await saved(page);
  await area.getByRole('link', { name: 'Priorités' }).click();
  await expect(
    page.getByText(
      'Une brique est disponible quand un système en production la fournit (catalogue des systèmes) : Identité.',
    ),
  ).toBeVisible();
  const row = page
    .getByRole('table', { name: /alternative textuelle du graphique/ })
    .getByRole('row', { name: /Inscription à la cantine/ });
  await row.getByText('Voir le calcul').click();
  await expect(
    row.getByText(
      'Briques disponibles : en production : Identité par FranceConnect ; manquent : Paiement, poids 3 → 21.4 points',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await area.getByRole('link', { name: 'Systèmes' }).click();
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'FranceConnect' }).getByLabel('Version'),
  ).toHaveValue('2.1');
});
