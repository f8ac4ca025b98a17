import { expect, test, type Page } from '@playwright/test';
import { createPrototype, expectSaved, openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';

async function openGoingFurther(page: Page, part?: string) {
  await openStep(page, /Pour aller plus loin/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pour aller plus loin' })).toBeVisible();
  if (part)
    await page
      .getByRole('navigation', { name: 'Parties de l’étape' })
      .getByRole('button', { name: part })
      .click();
}

async function proposeDefaultCycle(page: Page) {
  await openGoingFurther(page, 'Opérations et RACI');
  await page.getByRole('button', { name: 'Proposer le cycle par défaut' }).click();
  await expect(page.getByRole('table', { name: 'Matrice RACI' })).toBeVisible();
}

const checks = (page: Page) => page.getByRole('region', { name: 'Contrôles du RACI' });

test('the RACI of the default prototype names what is missing, and a fix clears it after a reload', async ({
  page,
}) => {
  await createPrototype(page, 'Carte de stationnement résident');
  await proposeDefaultCycle(page);
  const missing = checks(page).getByRole('link', {
    name: '« Nouveaux processus de travail » : personne ne la réalise (R).',
  });
  await expect(missing).toBeVisible();
  await expect(checks(page)).toContainText('2 erreurs à corriger');

  // The message leads to the operation's row, where the letter is given.
  await missing.click();
  const letter = page.getByRole('combobox', {
    name: 'Agent instructeur pour « Nouveaux processus de travail »',
  });
  await expect(letter).toHaveValue('C');
  await letter.selectOption('R');
  await expect(missing).toBeHidden();
  await expect(checks(page)).toContainText('1 erreur à corriger');
  await expectSaved(page);

  await page.reload();
  await expect(
    page.getByRole('combobox', {
      name: 'Agent instructeur pour « Nouveaux processus de travail »',
    }),
  ).toHaveValue('R');
  await expect(checks(page)).toContainText('1 erreur à corriger');
});

test('a longer operation moves what follows it on the calendar; bad input is refused where it is typed', async ({
  page,
}) => {
  await createPrototype(page, 'Inscription à la cantine');
  await proposeDefaultCycle(page);
  await page
    .getByRole('navigation', { name: 'Parties de l’étape' })
    .getByRole('button', { name: 'Calendrier' })
    .click();
  await page.getByLabel('Premier jour du déploiement').fill('2027-01-04');
  const table = page.getByRole('table', { name: 'Opérations, dates et dépendances' });
  const startOf = (operation: string) =>
    table
      .getByRole('row', { name: new RegExp(`^${operation}`) })
      .getByRole('cell')
      .first();
  await expect(startOf('Paramétrage')).toHaveText('11 janvier 2027');

  const duration = page.getByRole('textbox', { name: 'Durée de « Installation » (jours ouvrés)' });
  await duration.fill('8');
  await expect(startOf('Paramétrage')).toHaveText('14 janvier 2027');
  await expect(startOf('Reprise des données du processus actuel')).toHaveText('28 janvier 2027');

  await duration.fill('0');
  await expect(duration).toHaveAccessibleDescription(
    'Au moins 1 jour(s) ouvré(s). Le calendrier garde 8.',
  );
  await duration.fill('10000');
  await expect(duration).toHaveAccessibleDescription(
    'Au plus 1000 jours ouvrés. Le calendrier garde 8.',
  );
  await expect(startOf('Paramétrage')).toHaveText('14 janvier 2027');

  // Configuration waits for installation: installation cannot wait for configuration.
  await page
    .getByRole('combobox', { name: 'Ajouter une opération avant « Installation »' })
    .selectOption({ label: 'Paramétrage' });
  await expect(
    page.getByText(
      'Cette dépendance ferait attendre les opérations en boucle : elle n’est pas ajoutée.',
    ),
  ).toBeVisible();

  // Without its dependency, configuration starts on the first day.
  await page
    .getByRole('button', { name: 'Retirer « Installation » avant « Paramétrage »' })
    .click();
  await expect(startOf('Paramétrage')).toHaveText('4 janvier 2027');
  await expectSaved(page);
  await page.reload();
  await expect(startOf('Paramétrage')).toHaveText('4 janvier 2027');
  await expect(startOf('Installation')).toHaveText('4 janvier 2027');
  await expect(
    page.getByRole('textbox', { name: 'Durée de « Installation » (jours ouvrés)' }),
  ).toHaveValue('8');
});

test('each part of « Pour aller plus loin » has no accessibility violations', async ({ page }) => {
  await createPrototype(page, 'Aide au permis de conduire');
  await proposeDefaultCycle(page);
  await expectNoAxeViolations(page);
  for (const part of ['Calendrier', 'Lancement']) {
    await page
      .getByRole('navigation', { name: 'Parties de l’étape' })
      .getByRole('button', { name: part })
      .click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
