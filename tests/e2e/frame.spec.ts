import { expect, test, type Page } from '@playwright/test';
import { createPrototype, expectSaved, openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';

async function openFrame(page: Page) {
  await openStep(page, /Cadrage/);
  await expect(page.getByRole('heading', { level: 1, name: 'Cadrage du projet' })).toBeVisible();
}

test('a framed project is still framed after a reload, its open questions are warnings of the review checklist', async ({
  page,
}) => {
  await createPrototype(page, 'Carte de stationnement résident');
  await openFrame(page);
  await page.getByRole('button', { name: 'Ajouter « Agent instructeur » (processus)' }).click();
  await page.getByLabel('Type de territoire').selectOption({ label: 'Commune' });
  await page.getByLabel('Nom du territoire').fill('Villeneuve-sur-Lot');
  await page.getByLabel('Échéance', { exact: true }).fill('2027-06-30');
  await page.getByLabel('Nature de l’échéance').selectOption({ label: 'Objectif interne' });
  await page.getByRole('button', { name: 'Ajouter un objectif' }).click();
  await page.getByLabel('Objectif', { exact: true }).fill('Réduire les délais');
  await page.getByLabel('Indicateur').fill('Délai moyen de réponse');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByLabel('Nom du territoire')).toHaveValue('Villeneuve-sur-Lot');
  await expect(page.getByLabel('Échéance', { exact: true })).toHaveValue('2027-06-30');
  await expect(page.getByLabel('Indicateur')).toHaveValue('Délai moyen de réponse');
  const questions = page.getByRole('region', { name: 'Questions ouvertes' });
  await expect(
    questions.getByText('Quand : quelle décision fixe l’objectif interne ?'),
  ).toBeVisible();

  await openStep(page, 'Vérification');
  const checklist = page.getByRole('list', { name: 'Points de la liste de contrôle' });
  const item = checklist
    .getByRole('listitem')
    .filter({ hasText: 'Pourquoi : quelle cible pour l’objectif « Réduire les délais » ?' });
  await expect(item).toContainText('À vérifier');
  await item.getByRole('link', { name: 'Corriger dans « Cadrage »' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cadrage du projet' })).toBeVisible();
});

test('the frame screen has no accessibility violations', async ({ page }) => {
  await createPrototype(page, 'Inscription à la cantine');
  await openFrame(page);
  await page.getByRole('button', { name: 'Ajouter un poste' }).click();
  await page.getByRole('spinbutton', { name: 'En ligne' }).fill('70');
  await expect(page.getByRole('alert').filter({ hasText: 'doivent faire 100 %' })).toBeVisible();
  await expectNoAxeViolations(page);
});
