import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectSaved } from './support/app';
import { addByClick, openDesigner } from './form-designer.support';

const entrySaved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();

test('a linked prototype fills its entry, keeps it up to date, and never overwrites what was typed', async ({
  page,
}) => {
  await openDesigner(page, 'Carte de stationnement résident');
  await addByClick(page, 'Texte court', 'Numéro d’immatriculation');
  await expectSaved(page);
  const prototypeUrl = page.url();

  // A service whose team typed how many fields it asks before any prototype existed.
  await page.goto('/services');
  await page.getByLabel('Nom du service').fill('Carte résident');
  await page.getByRole('button', { name: 'Ajouter un service' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Carte résident' })).toBeVisible();
  const design = page.getByRole('region', { name: 'Conception du service' });
  const fieldsAsked = design.getByRole('textbox', { name: 'Champs demandés au demandeur' });
  await fieldsAsked.fill('5');
  await entrySaved(page);

  // Linking fills what the prototype knows; the typed value stays, and the difference shows.
  await page.getByRole('checkbox', { name: 'Carte de stationnement résident' }).check();
  await expect(design.getByLabel('État de la vérification')).toHaveValue('draft');
  await expect(design.getByRole('checkbox', { name: 'Courriel' })).toBeChecked();
  await expect(design.getByLabel('Étapes du traitement')).not.toHaveValue('');
  await expect(fieldsAsked).toHaveValue('5');
  await expect(
    design.getByText('Champs demandés au demandeur : votre valeur « 5 », les prototypes « 1 »'),
  ).toBeVisible();
  await entrySaved(page);
  await expectNoAxeViolations(page);

  // The team takes the prototype's value: it then follows the prototype.
  await design
    .getByRole('button', {
      name: 'Prendre celle des prototypes pour « Champs demandés au demandeur »',
    })
    .click();
  await expect(fieldsAsked).toHaveValue('1');
  await expect(design.getByText('Les prototypes disent autre chose')).toHaveCount(0);
  await entrySaved(page);
  const entryUrl = page.url();

  // The prototype asks one more thing: the entry says so when opened again.
  await page.goto(prototypeUrl);
  await addByClick(page, 'Date', 'Date d’emménagement');
  await expectSaved(page);
  await page.goto(entryUrl);
  await expect(fieldsAsked).toHaveValue('2');
  await expect(design.getByText('Les prototypes disent autre chose')).toHaveCount(0);

  // A value typed after the fill is kept when the prototype changes again: the team chooses.
  await fieldsAsked.fill('4');
  await entrySaved(page);
  await page.goto(prototypeUrl);
  await addByClick(page, 'Texte court', 'Nom du titulaire');
  await expectSaved(page);
  await page.goto(entryUrl);
  await expect(
    design.getByText('Champs demandés au demandeur : votre valeur « 4 », les prototypes « 3 »'),
  ).toBeVisible();
  await expect(fieldsAsked).toHaveValue('4');
  await design
    .getByRole('button', { name: 'Garder ma valeur pour « Champs demandés au demandeur »' })
    .click();
  await expect(design.getByText('Les prototypes disent autre chose')).toHaveCount(0);
  await entrySaved(page);
  await page.reload();
  await expect(fieldsAsked).toHaveValue('4');
  await expect(design.getByText('Les prototypes disent autre chose')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
