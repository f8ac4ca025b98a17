import { expect, test, type Page } from '@playwright/test';
import { createPrototype, expectSaved, openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { addByClick, canvas, properties } from './form-designer.support';

// A projector-sized screen: the designer's palette, canvas and properties side by side.
test.use({ viewport: { width: 1600, height: 1000 } });

async function openChecklist(page: Page) {
  await openStep(page, 'Vérification');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vérification et approbation' }),
  ).toBeVisible();
  return page.getByRole('list', { name: 'Points de la liste de contrôle' });
}

test('the checklist’s link for a field without a justification opens the form designer on that field', async ({
  page,
}) => {
  await createPrototype(page, 'Carte de stationnement résident');
  await openStep(page, /Formulaire/);
  await addByClick(page, 'Texte court', 'Nom');
  await addByClick(page, 'Texte court', 'Numéro d’immatriculation');
  // The first field is selected again, so that the link has something to change.
  await canvas(page)
    .getByRole('button', { name: /^Nom Texte court/ })
    .click();
  await expectSaved(page);

  const checklist = await openChecklist(page);
  const item = checklist
    .getByRole('listitem')
    .filter({ hasText: '« Numéro d’immatriculation » (page 1) ne dit pas pourquoi' });
  await item.getByRole('link', { name: 'Corriger dans « Formulaire »' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Formulaire' })).toBeVisible();
  await expect(properties(page).getByRole('textbox', { name: 'Libellé' })).toHaveValue(
    'Numéro d’immatriculation',
  );
  const row = canvas(page).getByRole('button', { name: /^Numéro d’immatriculation Texte court/ });
  await expect(row).toBeFocused();
  await expect(row).toHaveAttribute('aria-pressed', 'true');
  // The address is the step's own: nothing more to share or to go back to.
  expect(new URL(page.url()).pathname).toMatch(/\/form$/);
  await expectNoAxeViolations(page);

  // The request was taken: coming back to the step another way selects nothing new.
  await canvas(page)
    .getByRole('button', { name: /^Nom Texte court/ })
    .click();
  await openStep(page, /Finalité/);
  await openStep(page, /Formulaire/);
  await expect(properties(page).getByRole('textbox', { name: 'Libellé' })).toHaveValue('Nom');
});

test('the checklist’s link for a task without a role opens the processing step on that task', async ({
  page,
}) => {
  await createPrototype(page, 'Permis de végétaliser');
  await openStep(page, /Traitement/);
  const diagram = page.getByRole('region', { name: 'Diagramme du processus' });
  await expect(diagram.locator('[data-element-id="Task_CheckCompleteness"]').first()).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles('tests/fixtures/task-without-role.bpmn');
  await page.getByRole('button', { name: 'Remplacer' }).click();
  await expect(
    page.getByText('Diagramme importé depuis « task-without-role.bpmn ».'),
  ).toBeVisible();
  await expectSaved(page);

  const checklist = await openChecklist(page);
  const item = checklist
    .getByRole('listitem')
    .filter({ hasText: '« Vérifier » : personne n’est désigné' });
  await item.getByRole('link', { name: 'Corriger dans « Traitement »' }).click();

  const panel = page.getByRole('region', { name: 'Élément sélectionné' });
  await expect(panel.getByLabel('Nom', { exact: true })).toHaveValue('Vérifier');
  await expect(panel.getByRole('heading', { name: 'Élément sélectionné' })).toBeFocused();
  await expect(diagram.locator('.djs-element.selected[data-element-id="Check"]')).toBeVisible();
});
