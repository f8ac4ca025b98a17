import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { conformanceProblems } from '../support/bpmnConformance';
import { createPrototype, expectSaved, openStep } from './support/app';
import { findInDiagram } from './support/diagram';

const canvas = (page: Page) => page.getByRole('region', { name: 'Diagramme du processus' });
const panel = (page: Page) => page.getByRole('region', { name: 'Élément sélectionné' });

async function downloaded(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  return readFile(await (await download).path(), 'utf8');
}

test('a diagram edited in the app exports as BPMN that bpmn-moddle reads without a warning, every element drawn', async ({
  page,
}) => {
  test.slow();
  await createPrototype(page, 'Aide aux vacances');
  await openStep(page, /Traitement/);
  await expect(canvas(page).locator('[data-element-id="Task_Decide"]').first()).toBeVisible();

  // A task created and named from the keyboard, an end event appended to it, a role, a
  // time limit, notes, and a flow drawn to it: elements, flows and Fabrik's attributes.
  await page.getByRole('button', { name: 'Repartir du processus par défaut' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('n');
  await page.keyboard.type('Tâche utilisateur');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Archiver le dossier');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByLabel('Nom', { exact: true })).toHaveValue('Archiver le dossier');
  await page.keyboard.press('a');
  await page.keyboard.type('Événement de fin');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Dossier archivé');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByLabel('Nom', { exact: true })).toHaveValue('Dossier archivé');
  await findInDiagram(page, 'Archiver le dossier');
  await expect(panel(page).getByLabel('Nom', { exact: true })).toHaveValue('Archiver le dossier');
  await panel(page).getByLabel('Qui le fait ?').selectOption('Nouveau rôle…');
  await panel(page).getByLabel('Nom du nouveau rôle').fill('Archiviste');
  await panel(page).getByRole('button', { name: 'Ajouter ce rôle' }).click();
  await panel(page).getByLabel('Délai (jours ouvrés)').fill('2');
  await panel(page).getByLabel('Délai (jours ouvrés)').press('Enter');
  await panel(page).getByLabel('Notes').fill('Archivage papier pendant 10 ans.');
  await panel(page).getByLabel('Notes').blur();
  // The new task was brought into view: the whole diagram again, to find the decision.
  await page.getByRole('button', { name: 'Ajuster à l’écran' }).click();
  await canvas(page).locator('[data-element-id="Task_Decide"]').first().click();
  await expect(panel(page).getByLabel('Nom', { exact: true })).toHaveValue('Prendre la décision');
  await panel(page).getByLabel('Relier à…').selectOption({ label: 'Archiver le dossier' });
  await expect(panel(page).getByText('Flux ajouté vers « Archiver le dossier ».')).toBeVisible();
  await expectSaved(page);

  const bpmn = await downloaded(page, 'Exporter en .bpmn');
  expect(bpmn).toMatch(/name="Archiver le dossier"[^>]*fabrik:role="Archiviste"/);
  expect(await conformanceProblems(bpmn)).toEqual([]);

  // The diagram inside the prototype's exchanged file conforms too.
  const bundle = JSON.parse(await downloaded(page, 'Exporter')) as {
    prototype: { process: { bpmnXml: string } };
  };
  expect(bundle.prototype.process.bpmnXml).toContain('Archiver le dossier');
  expect(await conformanceProblems(bundle.prototype.process.bpmnXml)).toEqual([]);
});

test('a timer’s delay edited in the app goes into its BPMN duration, and one undo takes both back', async ({
  page,
}) => {
  await createPrototype(page, 'Aide aux vacances');
  await openStep(page, /Traitement/);
  const timer = canvas(page).locator('[data-element-id="Event_DocumentsLate"]').first();
  await expect(timer).toBeVisible();
  await timer.click();
  const delay = panel(page).getByLabel('Délai (jours ouvrés)');
  await expect(delay).toHaveValue('30');
  await delay.fill('20');
  await delay.press('Enter');
  await expectSaved(page);
  const edited = await downloaded(page, 'Exporter en .bpmn');
  expect(edited).toMatch(/id="Event_DocumentsLate"[^>]*fabrik:delayDays="20"/);
  expect(edited).toContain(
    '<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P20D</bpmn:timeDuration>',
  );
  expect(await conformanceProblems(edited)).toEqual([]);

  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(delay).toHaveValue('30');
  await expectSaved(page);
  const undone = await downloaded(page, 'Exporter en .bpmn');
  expect(undone).toContain(
    '<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D</bpmn:timeDuration>',
  );
});
