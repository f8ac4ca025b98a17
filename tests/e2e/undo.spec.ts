import { expect, test, type Page } from '@playwright/test';
import { createPrototype, expectSaved, openStep } from './support/app';

// One timeline for the diagram's changes and the app's: undo and redo take them back and
// replay them in exact reverse order, in the Processing step and after leaving it.

const canvas = (page: Page) => page.getByRole('region', { name: 'Diagramme du processus' });
const panel = (page: Page) => page.getByRole('region', { name: 'Élément sélectionné' });
const undoButton = (page: Page) => page.getByRole('button', { name: 'Annuler', exact: true });
const redoButton = (page: Page) => page.getByRole('button', { name: 'Rétablir', exact: true });
const exceptionCard = (page: Page) =>
  page.getByRole('article', { name: 'Demande déposée au guichet' });

interface TaskState {
  name: string;
  role: string;
  delay: string;
  /** Whether « Archiviste » is among the prototype's roles. */
  archivist: boolean;
}

const original: TaskState = {
  name: 'Instruire la demande',
  role: 'Agent instructeur',
  delay: '15',
  archivist: false,
};

/** Puts the focus on the diagram itself, where bpmn-js listens to the keyboard. */
async function focusDiagram(page: Page) {
  // Up to 1280 px wide the panel is under the diagram: the page may have scrolled to it.
  await canvas(page).scrollIntoViewIfNeeded();
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('No diagram.');
  await page.mouse.click(box.x + box.width - 30, box.y + 20);
}

/** Selects the task « Instruire la demande » and checks what the side panel says of it. */
async function expectTask(page: Page, expected: TaskState) {
  // A click on the selected element would unselect it: start from an empty selection.
  await focusDiagram(page);
  await canvas(page).locator('[data-element-id="Task_Examine"]').first().click();
  await expect(panel(page).getByLabel('Nom', { exact: true })).toHaveValue(expected.name);
  await expect(panel(page).getByLabel('Qui le fait ?')).toHaveValue(expected.role);
  await expect(panel(page).getByLabel('Délai (jours ouvrés)')).toHaveValue(expected.delay);
  await expect(
    panel(page).getByLabel('Qui le fait ?').getByRole('option', { name: 'Archiviste' }),
  ).toHaveCount(expected.archivist ? 1 : 0);
}

test('diagram changes and app changes undo and redo in exact reverse order, in the step and after it', async ({
  page,
}) => {
  // Some thirty changes, undos and redos, each checked on screen.
  test.slow();
  await createPrototype(page, 'Allocation de rentrée');
  await openStep(page, /Traitement/);
  await expect(canvas(page).locator('[data-element-id="Task_Examine"]').first()).toBeVisible();
  await expectTask(page, original);
  await expect(undoButton(page)).toBeDisabled();

  // D1: a time limit, changed in the diagram.
  await panel(page).getByLabel('Délai (jours ouvrés)').fill('20');
  await panel(page).getByLabel('Délai (jours ouvrés)').press('Enter');
  const d1 = { ...original, delay: '20' };
  await expectTask(page, d1);
  // R1 then D2: a new role, added to the prototype's list, then given to the task.
  await panel(page).getByLabel('Qui le fait ?').selectOption('Nouveau rôle…');
  await panel(page).getByLabel('Nom du nouveau rôle').fill('Archiviste');
  await panel(page).getByRole('button', { name: 'Ajouter ce rôle' }).click();
  const r1 = { ...d1, archivist: true };
  const d2 = { ...r1, role: 'Archiviste' };
  await expectTask(page, d2);
  // E1: an exception noted with Ctrl+E.
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Noter une exception' });
  await dialog.getByLabel('De quel cas s’agit-il ?').fill('Demande déposée au guichet');
  await dialog.getByLabel('De quel cas s’agit-il ?').press('Enter');
  await expect(dialog).toBeHidden();
  // D3: the task renamed.
  await expectTask(page, d2);
  await panel(page).getByLabel('Nom', { exact: true }).fill('Instruire le dossier');
  await panel(page).getByLabel('Nom', { exact: true }).press('Enter');
  const d3 = { ...d2, name: 'Instruire le dossier' };
  await expectTask(page, d3);

  // Undo in the step, with the button and with Ctrl+Z in the diagram, one change at a time.
  await undoButton(page).click();
  await expectTask(page, d2);
  await focusDiagram(page);
  await page.keyboard.press('Control+z'); // E1
  await expectTask(page, d2);
  await undoButton(page).click();
  await expectTask(page, r1);
  await undoButton(page).click();
  await expectTask(page, d1);
  await focusDiagram(page);
  await page.keyboard.press('Control+z');
  await expectTask(page, original);
  await expect(undoButton(page)).toBeDisabled();

  // Redo in the step: the undos above were not recorded as changes, so nothing was lost.
  await redoButton(page).click();
  await expectTask(page, d1);
  await focusDiagram(page);
  await page.keyboard.press('Control+Shift+z');
  await expectTask(page, r1);
  await redoButton(page).click();
  await expectTask(page, d2);

  // After leaving the step, the rest is replayed from the same timeline.
  await openStep(page, /Exceptions/);
  await expect(page.getByRole('heading', { level: 1, name: 'Exceptions' })).toBeVisible();
  await expect(exceptionCard(page)).toBeHidden();
  await redoButton(page).click();
  await expect(exceptionCard(page)).toBeVisible();
  await redoButton(page).click(); // D3
  await expect(redoButton(page)).toBeDisabled();
  await expect(exceptionCard(page)).toBeVisible();
  await undoButton(page).click(); // D3
  await undoButton(page).click(); // E1
  await expect(exceptionCard(page)).toBeHidden();
  await undoButton(page).click(); // D2
  await undoButton(page).click(); // R1

  await openStep(page, /Traitement/);
  await expectTask(page, d1);
  await undoButton(page).click();
  await expectTask(page, original);
  await expect(undoButton(page)).toBeDisabled();
  for (let step = 0; step < 5; step++) await redoButton(page).click();
  await expect(redoButton(page)).toBeDisabled();
  await expectTask(page, d3);

  // Everything replayed is stored.
  await expectSaved(page);
  await page.reload();
  await expectTask(page, d3);
  await openStep(page, /Exceptions/);
  await expect(exceptionCard(page)).toBeVisible();
});

test('a diagram imported from a file is one step: undo brings the diagram before it back', async ({
  page,
}) => {
  await createPrototype(page, 'Permis de louer');
  await openStep(page, /Traitement/);
  const task = canvas(page).locator('[data-element-id="Task_Examine"]').first();
  await expect(task).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles('tests/fixtures/task-without-role.bpmn');
  await page.getByRole('button', { name: 'Remplacer' }).click();
  const imported = canvas(page).locator('[data-element-id="Archive"]').first();
  await expect(imported).toBeVisible();
  await expect(task).toHaveCount(0);

  await undoButton(page).click();
  await expect(task).toBeVisible();
  await expect(imported).toHaveCount(0);
  await redoButton(page).click();
  await expect(imported).toBeVisible();
});
