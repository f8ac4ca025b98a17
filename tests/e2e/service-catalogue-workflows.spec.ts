import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { createPrototype, expectSaved, openStep } from './support/app';

const canvas = (page: Page) => page.getByRole('region', { name: 'Diagramme du processus' });
const shape = (page: Page, id: string) => canvas(page).locator(`[data-element-id="${id}"]`).first();
const entrySaved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();

async function openProcess(page: Page, name: string) {
  await createPrototype(page, name);
  await openStep(page, /Traitement/);
  await expect(shape(page, 'Task_CheckCompleteness')).toBeVisible();
}

async function addLinkedService(page: Page, name: string, prototype: string) {
  await page.goto('/services');
  await page.getByLabel('Nom du service').fill(name);
  await page.getByRole('button', { name: 'Ajouter un service' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('checkbox', { name: prototype }).check();
  await entrySaved(page);
}

test('a process saved as a generic workflow starts another prototype’s process, and the catalogue shows the services sharing it', async ({
  page,
}) => {
  // A prototype's process, made of an imported diagram, saved as a generic workflow.
  await openProcess(page, 'Permis de construire');
  await page.locator('input[type="file"]').setInputFiles('tests/fixtures/task-without-role.bpmn');
  await page.getByRole('button', { name: 'Remplacer' }).click();
  await expect(shape(page, 'Archive')).toBeVisible();
  await expectSaved(page);
  await page.getByRole('button', { name: 'Enregistrer comme processus type' }).click();
  const saveDialog = page.getByRole('dialog', { name: 'Enregistrer comme processus type' });
  await saveDialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(saveDialog.getByText('Donnez un nom au processus type.')).toBeVisible();
  await saveDialog.getByLabel('Nom du processus type').fill('Autorisation avec avis technique');
  await expectNoAxeViolations(page, { exclude: ['[aria-label="Diagramme du processus"]'] });
  await saveDialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(
    page.getByText(
      'Processus type « Autorisation avec avis technique » enregistré dans le catalogue des services.',
    ),
  ).toBeVisible();
  await expect(saveDialog).toBeHidden();

  // A new prototype starts its process from it.
  await openProcess(page, 'Autorisation de voirie');
  await page.getByRole('button', { name: 'Partir d’un processus type' }).click();
  const startDialog = page.getByRole('dialog', { name: 'Partir d’un processus type' });
  await startDialog.getByRole('radio', { name: /Autorisation avec avis technique/ }).check();
  await expectNoAxeViolations(page, { exclude: ['[aria-label="Diagramme du processus"]'] });
  await startDialog.getByRole('button', { name: 'Partir de ce processus' }).click();
  await expect(
    page.getByText('Le processus part maintenant de « Autorisation avec avis technique ».'),
  ).toBeVisible();
  await expect(shape(page, 'Archive')).toBeVisible();
  await expect(shape(page, 'Task_CheckCompleteness')).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(shape(page, 'Archive')).toBeVisible();

  // Two services, each linked to one of the prototypes, share the workflow.
  await addLinkedService(page, 'Permis de construire (service)', 'Permis de construire');
  await addLinkedService(page, 'Voirie (service)', 'Autorisation de voirie');
  await expect(
    page
      .getByRole('region', { name: 'Processus types partagés' })
      .getByRole('link', { name: 'Permis de construire (service)' }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Catalogue des services' })
    .getByRole('link', { name: 'Processus types' })
    .click();
  const workflow = page.getByRole('region', { name: 'Autorisation avec avis technique' });
  await expect(workflow.getByText('Utilisé par 2 prototype(s).')).toBeVisible();
  await expect(
    workflow.getByRole('list', { name: 'Services qui partagent ce processus' }).getByRole('link'),
  ).toHaveText(['Permis de construire (service)', 'Voirie (service)']);
  await expectNoAxeViolations(page);
});
