import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { findInDiagram } from './support/diagram';
import { createPrototype, expectSaved, openStep } from './support/app';

const canvas = (page: Page) => page.getByRole('region', { name: 'Diagramme du processus' });
const shape = (page: Page, id: string) => canvas(page).locator(`[data-element-id="${id}"]`).first();
/**
 * A step drawn in the diagram, by its name: bpmn-js wraps a long name over several lines
 * (one text element, a tspan per line, no space between them).
 */
const drawn = (page: Page, name: string) =>
  canvas(page)
    .locator('.djs-shape > .djs-visual')
    .filter({ hasText: new RegExp(`^${name.split(' ').join('\\s*')}$`) });
const checks = (page: Page) => page.getByRole('region', { name: 'Vérifications' });
/** The file input behind the "Importer un fichier .bpmn" button. */
const fileInput = (page: Page) => page.locator('input[type="file"]');
const panel = (page: Page) => page.getByRole('region', { name: 'Élément sélectionné' });

async function openProcess(page: Page, name: string) {
  await createPrototype(page, name);
  await openStep(page, /Traitement/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Processus de traitement' }),
  ).toBeVisible();
  await expect(shape(page, 'Task_CheckCompleteness')).toBeVisible();
}

/** Screen point of a diagram point, from two shapes of the default diagram. */
async function screenPoint(page: Page, x: number, y: number) {
  const check = await shape(page, 'Task_CheckCompleteness').boundingBox();
  const decide = await shape(page, 'Task_Decide').boundingBox();
  if (!check || !decide) throw new Error('The default diagram is not drawn.');
  // Task_CheckCompleteness is at x=320, Task_Decide at x=680, both at y=235 in the diagram.
  const scale = (decide.x - check.x) / 360;
  return { x: check.x + (x - 320) * scale, y: check.y + (y - 235) * scale };
}

async function addTaskFromPalette(page: Page, name: string) {
  await canvas(page).getByRole('button', { name: 'Créer une tâche' }).click();
  // An empty place in the requester's lane, between the start's label and the ends.
  const point = await screenPoint(page, 650, 135);
  await page.mouse.click(point.x, point.y);
  // bpmn-js opens direct editing on the new task: type its name, then confirm it.
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

/** Selects a flow of the diagram by its id; the panel then shows it. */
async function selectFlow(page: Page, id: string) {
  await canvas(page).locator(`[data-element-id="${id}"]`).first().click({ force: true });
  await expect(panel(page).getByText('Type : Flux (enchaînement)')).toBeVisible();
}

/** A step drawn between two others, covering neither. */
async function expectDrawnBetween(page: Page, step: Locator, beforeId: string, afterId: string) {
  await expect(step).toBeVisible();
  const before = await shape(page, beforeId).boundingBox();
  const after = await shape(page, afterId).boundingBox();
  const box = await step.boundingBox();
  if (!before || !after || !box) throw new Error('A step is not drawn.');
  expect(box.x).toBeGreaterThan(before.x + before.width);
  expect(box.x + box.width).toBeLessThan(after.x);
}

test('a new prototype starts with the default process, checked clean', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await openProcess(page, 'Carte de stationnement');
  await expect(canvas(page).getByText('Demande déposée')).toBeVisible();
  await expect(checks(page).getByText('Aucun problème détecté.')).toBeVisible();
  // The bpmn.io watermark is there and nothing covers it.
  const watermark = canvas(page).getByRole('link', { name: /bpmn\.io/i });
  await expect(watermark).toBeVisible();
  const box = await watermark.boundingBox();
  if (!box) throw new Error('No watermark.');
  const onTop = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('.bjs-powered-by') !== null,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(onTop).toBe(true);
  // bpmn-js, its styles and its fonts work under the built app's CSP.
  expect(cspViolations).toEqual([]);
});

test('an element can be appended from the keyboard, in French', async ({ page }) => {
  await openProcess(page, 'Bourse aux étudiants');
  await shape(page, 'Task_Decide').click();
  await page.keyboard.press('a');
  await expect(page.getByRole('combobox', { name: 'Ajouter un élément' })).toBeFocused();
  await page.keyboard.type('Tâche utilisateur');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Consulter le service juridique');
  await page.keyboard.press('Escape');
  await expect(checks(page).getByRole('button', { name: /personne n’est désigné/ })).toBeVisible();
});

test('with the keyboard alone, an element is created, named, appended to, found and linked', async ({
  page,
}) => {
  await openProcess(page, 'Prime à la rénovation');
  // Into the diagram with Tab, the mouse never over it.
  await page.getByRole('button', { name: 'Repartir du processus par défaut' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('n');
  await expect(page.getByRole('combobox', { name: 'Créer un élément' })).toBeFocused();
  await page.keyboard.type('Tâche utilisateur');
  await page.keyboard.press('Enter');
  // Placed at once, selected, and open for naming.
  await page.keyboard.type('Archiver le dossier');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByLabel('Nom', { exact: true })).toHaveValue('Archiver le dossier');
  await expect(canvas(page).getByText('Archiver le dossier')).toBeVisible();
  await expect(
    checks(page).getByRole('button', { name: /« Archiver le dossier » : personne n’est désigné/ }),
  ).toBeVisible();
  // Appended from it: the new end event is linked to it, so it now reaches an end.
  await page.keyboard.press('a');
  await expect(page.getByRole('combobox', { name: 'Ajouter un élément' })).toBeFocused();
  await page.keyboard.type('Événement de fin');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Dossier archivé');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByLabel('Nom', { exact: true })).toHaveValue('Dossier archivé');
  await expect(
    checks(page).getByRole('button', { name: /« Archiver le dossier » : le chemin s’arrête/ }),
  ).toBeHidden();
  // Found again by its name.
  await findInDiagram(page, 'Prendre la décision');
  await expect(panel(page).getByLabel('Nom', { exact: true })).toHaveValue('Prendre la décision');
  // And linked to the new task, which something now leads to.
  const leadsNowhere = checks(page).getByRole('button', {
    name: /« Archiver le dossier » : rien ne mène à cet élément/,
  });
  await expect(leadsNowhere).toBeVisible();
  await panel(page).getByLabel('Relier à…').selectOption({ label: 'Archiver le dossier' });
  await expect(panel(page).getByText('Flux ajouté vers « Archiver le dossier ».')).toBeVisible();
  await expect(leadsNowhere).toBeHidden();
});

test('a task added from the palette gets a role, a time limit and a status that survive a reload and the export', async ({
  page,
}) => {
  await openProcess(page, 'Inscription à la cantine');
  await addTaskFromPalette(page, 'Archiver');

  // The checks list finds the task without a role, and selects it when clicked.
  const missingRole = checks(page).getByRole('button', {
    name: /« Archiver » : personne n’est désigné/,
  });
  await expect(missingRole).toBeVisible();
  await missingRole.click();
  await expect(panel(page).getByLabel('Nom', { exact: true })).toHaveValue('Archiver');

  await panel(page).getByLabel('Délai (jours ouvrés)').fill('3');
  await panel(page).getByLabel('Délai (jours ouvrés)').press('Enter');
  await panel(page)
    .getByLabel('Statut affiché au demandeur')
    .selectOption({ label: 'Classée sans suite' });
  await panel(page).getByLabel('Qui le fait ?').selectOption('Nouveau rôle…');
  await panel(page).getByLabel('Nom du nouveau rôle').fill('Archiviste');
  await panel(page).getByRole('button', { name: 'Ajouter ce rôle' }).click();
  // The new-role box is gone: the focus is back on the role now chosen.
  await expect(panel(page).getByLabel('Qui le fait ?')).toBeFocused();
  await expect(missingRole).toBeHidden();
  await expectSaved(page);

  await page.reload();
  await expect(shape(page, 'Task_CheckCompleteness')).toBeVisible();
  const added = canvas(page).getByText('Archiver', { exact: true });
  // The label sits under bpmn-js's hit area of the same task: clicking there selects it.
  await added.click({ force: true });
  await expect(panel(page).getByLabel('Qui le fait ?')).toHaveValue('Archiviste');
  await expect(panel(page).getByLabel('Délai (jours ouvrés)')).toHaveValue('3');
  await expect(panel(page).getByLabel('Statut affiché au demandeur')).toHaveValue('status-closed');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en .bpmn' }).click();
  const file = await (await download).path();
  const xml = await readFile(file, 'utf8');
  expect(xml).toMatch(/name="Archiver"[^>]*fabrik:role="Archiviste"/);
  expect(xml).toMatch(/fabrik:delayDays="3"/);
  expect(xml).toMatch(/fabrik:status="status-closed"/);
});

test('the app’s undo and redo drive the diagram', async ({ page }) => {
  await openProcess(page, 'Aide au permis');
  await addTaskFromPalette(page, 'Relancer');
  await expect(canvas(page).getByText('Relancer')).toBeVisible();
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(canvas(page).getByText('Relancer')).toBeHidden();
  await page.getByRole('button', { name: 'Rétablir' }).click();
  await page.getByRole('button', { name: 'Rétablir' }).click();
  await expect(canvas(page).getByText('Relancer')).toBeVisible();
});

test('Ctrl+Z in the diagram undoes one step, once', async ({ page }) => {
  await openProcess(page, 'Carte d’accès à la déchèterie');
  await addTaskFromPalette(page, 'Peser');
  await expect(canvas(page).getByText('Peser', { exact: true })).toBeVisible();
  await canvas(page).getByText('Peser', { exact: true }).click({ force: true });
  // Naming the task was the last step: undoing it once leaves the task, unnamed.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(canvas(page).getByText('Peser', { exact: true })).toBeHidden();
  await expect(checks(page).getByText('Un élément n’a pas de nom.')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(canvas(page).getByText('Peser', { exact: true })).toBeVisible();
});

test('the diagram exports as SVG and PNG for the sign-off file', async ({ page }) => {
  await openProcess(page, 'Permis de stationnement');
  await page.getByRole('button', { name: 'Grand affichage' }).click();
  await expect(page.getByRole('button', { name: 'Grand affichage' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en SVG' }).click();
  const svg = await readFile(await (await svgDownload).path(), 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('>Agents<');
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en PNG' }).click();
  const png = await readFile(await (await pngDownload).path());
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect((await pngDownload).suggestedFilename()).toMatch(
    /permis-de-stationnement-.*-processus\.png$/,
  );
});

test('bad files are refused with a clear message, and the diagram stays as it was', async ({
  page,
}) => {
  await openProcess(page, 'Subvention associative');
  const alert = page.getByRole('alert').filter({ hasText: 'Ce fichier n’a pas été importé' });

  await fileInput(page).setInputFiles({
    name: 'pas-du-xml.bpmn',
    mimeType: 'application/xml',
    buffer: Buffer.from('<bpmn:definitions <<< pas du XML'),
  });
  await page.getByRole('button', { name: 'Remplacer' }).click();
  await expect(alert).toContainText('Ce fichier n’a pas été importé');
  await expect(alert).toContainText('Ce n’est pas un fichier BPMN 2.0 lisible');
  await expect(alert).toContainText('Le diagramme actuel n’a pas changé.');
  await expect(shape(page, 'Task_CheckCompleteness')).toBeVisible();

  await fileInput(page).setInputFiles({
    name: 'bombe.bpmn',
    mimeType: 'application/xml',
    buffer: Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&lol2;</bpmn:definitions>',
    ),
  });
  await expect(alert).toContainText('DOCTYPE ou ENTITY');

  await fileInput(page).setInputFiles('tests/fixtures/partial-process.bpmn');
  await page.getByRole('button', { name: 'Remplacer' }).click();
  await expect(alert).toContainText('ne peut lire qu’une partie');
  await expect(alert).toContainText('Ghost');
  await expect(shape(page, 'Task_CheckCompleteness')).toBeVisible();
  await expect(canvas(page).getByText('Début importé')).toBeHidden();
  // The diagram drawn again after the refusal is still the live one: edited, it is stored.
  await shape(page, 'Task_CheckCompleteness').click();
  const name = panel(page).getByLabel('Nom');
  await name.fill('Vérifier le dossier');
  await name.press('Enter');
  await expect(canvas(page).getByText('Vérifier le dossier')).toBeVisible();
  await expectSaved(page);

  // On request, what bpmn-js could read of it is imported all the same.
  await alert.getByRole('button', { name: 'Importer quand même' }).click();
  await expect(canvas(page).getByText('Début importé')).toBeVisible();
  await expect(shape(page, 'Task_CheckCompleteness')).toHaveCount(0);
});

test('a good .bpmn file replaces the diagram', async ({ page }) => {
  await openProcess(page, 'Permis de végétaliser');
  await fileInput(page).setInputFiles('tests/fixtures/task-without-role.bpmn');
  await page.getByRole('button', { name: 'Remplacer' }).click();
  await expect(
    page.getByText('Diagramme importé depuis « task-without-role.bpmn ».'),
  ).toBeVisible();
  await expect(shape(page, 'Archive')).toBeVisible();
  await expect(shape(page, 'Task_CheckCompleteness')).toHaveCount(0);
});

test('the processing screen has no accessibility violations outside the canvas', async ({
  page,
}) => {
  await openProcess(page, 'Carte de séjour');
  await shape(page, 'Task_Examine').click();
  await expect(panel(page).getByLabel('Qui le fait ?')).toHaveValue('Agent instructeur');
  await expectNoAxeViolations(page, { exclude: ['[aria-label="Diagramme du processus"]'] });
});

test('browsing « Relier à… » and « Qui le fait ? » with the arrow keys changes nothing until Enter', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openProcess(page, 'Permis de végétaliser');
  await shape(page, 'Task_CheckCompleteness').click();
  const role = panel(page).getByLabel('Qui le fait ?');
  const original = await role.inputValue();

  // Passing over « Nouveau rôle… » does not open the box for a new role.
  await role.focus();
  await page.keyboard.press('End');
  await expect(role).toHaveValue(/new$/);
  await expect(panel(page).getByLabel('Nom du nouveau rôle')).toBeHidden();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  const chosen = await role.inputValue();
  expect(chosen).not.toBe(original);
  await page.keyboard.press('Enter');
  // One change was made, so one undo brings the first role back.
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(role).toHaveValue(original);

  const flows = canvas(page).locator('.djs-connection');
  const flowCount = await flows.count();
  const connect = panel(page).getByLabel('Relier à…');
  await connect.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(panel(page).getByText(/^Appuyez sur Entrée pour relier à « .+ »\.$/)).toBeVisible();
  await expect(flows).toHaveCount(flowCount);
  await page.keyboard.press('Enter');
  await expect(panel(page).getByText(/^Flux ajouté vers « .+ »\.$/)).toBeVisible();
  await expect(flows).toHaveCount(flowCount + 1);
});

test('the panel names each element’s type in French, a flow’s label included', async ({ page }) => {
  await openProcess(page, 'Aide au permis de conduire');
  await shape(page, 'Gateway_DocumentsWait').click();
  await expect(
    panel(page).getByText('Type : Passerelle sur événement (le premier qui arrive)'),
  ).toBeVisible();
  // A flow's name is a label of its own in bpmn-js: it still reads as the flow.
  await canvas(page).locator('[data-element-id="Flow_Complete_label"]').click({ force: true });
  await expect(panel(page).getByLabel('Nom', { exact: true })).toHaveValue('Oui');
  await expect(panel(page).getByText('Type : Flux (enchaînement)')).toBeVisible();
});

/** The screen boxes of every other shape of the diagram (pools and lanes hold them all). */
async function otherShapeBoxes(page: Page, selectedId: string) {
  return canvas(page)
    .locator('.djs-shape')
    .evaluateAll(
      (shapes, own) =>
        shapes
          .filter((element) => {
            const id = element.getAttribute('data-element-id') ?? '';
            return (
              id !== own &&
              id !== `${own}_label` &&
              !id.startsWith('Participant_') &&
              !id.startsWith('Lane_')
            );
          })
          .map((element) => {
            const rect = element.getBoundingClientRect();
            return {
              id: element.getAttribute('data-element-id'),
              x: rect.x,
              y: rect.y,
              width: rect.width,
              height: rect.height,
            };
          })
          .filter((box) => box.width > 0 && box.height > 0),
      selectedId,
    );
}

const intersects = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('at 1280×720 the context pad of a step covers no other element', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openProcess(page, 'Carte de transport scolaire');
  const pad = canvas(page).locator('.djs-context-pad.open');
  for (const id of ['Task_Examine', 'Task_CheckCompleteness', 'Task_RequestDocuments']) {
    await shape(page, id).click();
    await expect(pad).toBeVisible();
    // diagram-js places the pad on the next frame.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const box = await pad.boundingBox();
    if (!box) throw new Error('No context pad.');
    const next = await shape(page, 'Task_Decide').boundingBox();
    if (id === 'Task_Examine' && next) expect(intersects(box, next)).toBe(false);
    const covered = (await otherShapeBoxes(page, id)).filter((other) => intersects(box, other));
    expect(covered.map((other) => other.id)).toEqual([]);
  }
});

test('deleting a step says what went, and « Annuler » in the message brings it back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openProcess(page, 'Carte de bibliothèque');
  const flows = canvas(page).locator('.djs-connection');
  const flowCount = await flows.count();

  // With the Delete key.
  await shape(page, 'Task_Examine').click();
  await page.keyboard.press('Delete');
  const examined = page.getByRole('status').getByRole('listitem').filter({
    hasText:
      'Étape « Instruire la demande » supprimée, avec 1 flux ; « Dossier complet ? » mène maintenant à « Prendre la décision ».',
  });
  await expect(examined).toBeVisible();
  await expect(shape(page, 'Task_Examine')).toHaveCount(0);
  // bpmn-js joined the flows around it: one went, the other now leads further.
  await expect(flows).toHaveCount(flowCount - 1);
  await examined.getByRole('button', { name: 'Annuler' }).click();
  await expect(shape(page, 'Task_Examine')).toBeVisible();
  await expect(flows).toHaveCount(flowCount);
  await expect(examined).toBeHidden();

  // With the context pad's bin.
  await shape(page, 'Task_Decide').click();
  await canvas(page).locator('.djs-context-pad.open [data-action="delete"]').click();
  const decided = page.getByRole('status').getByRole('listitem').filter({
    hasText:
      'Étape « Prendre la décision » supprimée, avec 1 flux ; « Instruire la demande » mène maintenant à « Décision ».',
  });
  await expect(decided).toBeVisible();
  await expect(shape(page, 'Task_Decide')).toHaveCount(0);
  await expectNoAxeViolations(page, { exclude: ['[aria-label="Diagramme du processus"]'] });
  await decided.getByRole('button', { name: 'Annuler' }).click();
  await expect(shape(page, 'Task_Decide')).toBeVisible();
  await expect(flows).toHaveCount(flowCount);
  await expectSaved(page);
});

test('« Insérer une étape ici » splits a flow with a new step named at once, from the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openProcess(page, 'Permis de pêche');
  // Task_Examine → Task_Decide: too short an arrow for a task, so what follows moves.
  await selectFlow(page, 'Flow_Examined');
  await expectNoAxeViolations(page, { exclude: ['[aria-label="Diagramme du processus"]'] });
  const insert = panel(page).getByRole('button', { name: 'Insérer une étape ici' });
  await insert.focus();
  await page.keyboard.press('Enter');
  const name = panel(page).getByLabel('Nom', { exact: true });
  await expect(name).toBeFocused();
  await page.keyboard.type('Vérifier les pièces');
  await page.keyboard.press('Enter');
  const added = drawn(page, 'Vérifier les pièces');
  await expectDrawnBetween(page, added, 'Task_Examine', 'Task_Decide');
  // Reached and leading on: the only point to review is who does it.
  await expect(
    checks(page).getByRole('button', { name: /« Vérifier les pièces » : personne n’est désigné/ }),
  ).toBeVisible();
  await expect(
    checks(page).getByRole('button', { name: /« Vérifier les pièces » : (rien|le chemin)/ }),
  ).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en .bpmn' }).click();
  const xml = await readFile(await (await download).path(), 'utf8');
  const id = /<bpmn:userTask id="([^"]+)" name="Vérifier les pièces"/.exec(xml)?.[1];
  expect(id).toBeDefined();
  expect(xml).toMatch(new RegExp(`sourceRef="Task_Examine" targetRef="${id}"`));
  expect(xml).toMatch(new RegExp(`sourceRef="${id}" targetRef="Task_Decide"`));
  expect(xml).not.toMatch(/sourceRef="Task_Examine" targetRef="Task_Decide"/);
});

test('in the diagram, I on a selected flow inserts a step there, named at once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openProcess(page, 'Permis de chasse');
  await selectFlow(page, 'Flow_Examined');
  // The diagram has the focus after the click: its own keys act.
  await page.keyboard.press('i');
  await page.keyboard.type('Contrôler le permis');
  await page.keyboard.press('Enter');
  const added = drawn(page, 'Contrôler le permis');
  await expectDrawnBetween(page, added, 'Task_Examine', 'Task_Decide');
});

test('the text view reads the process and edits it, the diagram following', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openProcess(page, 'Aide au logement');
  const view = page.getByRole('region', { name: 'Vue texte du processus' });
  await expect(view.getByText('Si « Oui » : « Instruire la demande ».')).toBeVisible();
  await view.getByRole('button', { name: 'Modifier « Instruire la demande »' }).click();
  const name = panel(page).getByLabel('Nom', { exact: true });
  await expect(name).toBeFocused();
  await expect(
    page.getByText('Sélectionné dans le diagramme : Tâche d’un agent « Instruire la demande ».'),
  ).toBeAttached();
  await name.fill('Instruire le dossier');
  await name.press('Enter');
  await panel(page).getByLabel('Délai (jours ouvrés)').fill('12');
  await panel(page).getByLabel('Délai (jours ouvrés)').press('Enter');
  await expect(canvas(page).getByText('Instruire le dossier')).toBeVisible();
  await expect(view.getByText('Si « Oui » : « Instruire le dossier ».')).toBeVisible();
  await expect(
    view.getByRole('listitem').filter({ hasText: 'Instruire le dossier — fait par' }),
  ).toContainText('délai : 12 jours ouvrés');
  await expectNoAxeViolations(page, { exclude: ['[aria-label="Diagramme du processus"]'] });
});

test('from the text view, a step is added after another and linked to a third, the diagram following and undo taking them back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openProcess(page, 'Aide au logement');
  const view = page.getByRole('region', { name: 'Vue texte du processus' });
  await view
    .getByRole('button', { name: 'Ajouter une étape après « Instruire la demande »' })
    .click();
  const name = panel(page).getByLabel('Nom', { exact: true });
  await expect(name).toBeFocused();
  await name.fill('Consulter le service juridique');
  await name.press('Enter');
  // Drawn between the two steps, on the flow that joined them.
  const added = drawn(page, 'Consulter le service juridique');
  await expect(added).toBeVisible();
  const examine = await shape(page, 'Task_Examine').boundingBox();
  const decide = await shape(page, 'Task_Decide').boundingBox();
  const box = await added.boundingBox();
  if (!examine || !decide || !box) throw new Error('A step is not drawn.');
  expect(box.x).toBeGreaterThan(examine.x + examine.width);
  expect(box.x + box.width).toBeLessThan(decide.x);
  const step = (text: string) =>
    view.getByRole('listitem').filter({ has: page.getByText(text, { exact: true }) });
  await expect(step('Instruire la demande')).toContainText(
    'Ensuite : « Consulter le service juridique ».',
  );
  await expect(step('Consulter le service juridique')).toContainText(
    'Ensuite : « Prendre la décision ».',
  );

  await view.getByRole('button', { name: 'Relier « Consulter le service juridique » à…' }).click();
  const link = view.getByLabel('Relier « Consulter le service juridique » à');
  await expect(link).toBeFocused();
  await link.selectOption({ label: 'Notifier le refus motivé au demandeur' });
  await expect(
    view.getByText('Flux ajouté vers « Notifier le refus motivé au demandeur ».'),
  ).toBeVisible();
  await expect(step('Consulter le service juridique')).toContainText(
    'Ces 2 chemins partent en même temps',
  );
  await expectNoAxeViolations(page, { exclude: ['[aria-label="Diagramme du processus"]'] });

  // The app's undo takes the link back, then the step: the text and the diagram follow.
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(step('Consulter le service juridique')).toContainText(
    'Ensuite : « Prendre la décision ».',
  );
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(added).toHaveCount(0);
  await expect(step('Instruire la demande')).toContainText('Ensuite : « Prendre la décision ».');
});

test('from the text view, a step added after a choice becomes one more way out of it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openProcess(page, 'Aide aux vacances');
  const view = page.getByRole('region', { name: 'Vue texte du processus' });
  await view.getByRole('button', { name: 'Ajouter une étape après « Décision »' }).click();
  const name = panel(page).getByLabel('Nom', { exact: true });
  await expect(name).toBeFocused();
  await name.fill('Demander un avis');
  await name.press('Enter');
  await expect(canvas(page).getByText('Demander un avis', { exact: true })).toBeVisible();
  const decision = view
    .getByRole('listitem')
    .filter({ has: page.getByText('Décision', { exact: true }) });
  await expect(decision).toContainText('Un seul de ces 3 chemins est pris');
  await expect(decision).toContainText('« Demander un avis »');
});
