import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { addByClick, canvas, openDesigner, properties } from './form-designer.support';
import { expectNoAxeViolations } from './support/axe';
import { residentPrototypeWithVersionOne } from './support/versions';
import { createPrototype, expectSaved, openStep } from './support/app';

async function takeVersion(page: Page, name: string) {
  await page.getByRole('button', { name: 'Enregistrer une version maintenant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enregistrer une version' });
  await dialog.getByLabel('Nom de la version').fill(name);
  await dialog.getByRole('button', { name: 'Enregistrer une version maintenant' }).click();
  await expect(dialog).toBeHidden();
}

/** Adds the referent, plans a workshop with two agenda items and starts it. */
async function startWorkshop(page: Page) {
  await openStep(page, /Ateliers et versions/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ateliers et versions' })).toBeVisible();
  const add = page.getByRole('group', { name: 'Ajouter une personne' });
  await add.getByLabel('Nom').fill('Awa Diallo');
  await add.getByLabel('Service').fill('État civil');
  await add.getByRole('button', { name: 'Ajouter à l’équipe' }).click();
  await expect(page.getByRole('group', { name: 'Awa Diallo' })).toBeVisible();
  await expect(page.getByText(/Désignez au moins un référent/)).toBeHidden();

  await page.getByRole('button', { name: 'Planifier un atelier' }).click();
  const card = page.getByRole('article', { name: /Atelier 1/ });
  await card.getByRole('checkbox', { name: 'Awa Diallo' }).check();
  await card.getByRole('button', { name: 'Ajouter un point' }).click();
  await card.getByLabel('Point 1 — Sujet').fill('Finalité');
  await card.getByRole('button', { name: 'Ajouter un point' }).click();
  await card.getByLabel('Point 2 — Sujet').fill('Formulaire');
  await card.getByRole('button', { name: /Démarrer l’atelier/ }).click();
  const running = page.getByRole('region', { name: 'Atelier en cours : Atelier 1' });
  // The button is gone with the planned card: the focus goes to the running workshop.
  await expect(running.getByRole('heading', { level: 2 })).toBeFocused();
  return running;
}

test('run a workshop, take notes, end it and get a version with its notes', async ({ page }) => {
  await createPrototype(page, 'Carte de stationnement résident');
  const running = await startWorkshop(page);

  await expect(running.getByRole('timer')).toHaveText(/^[12]:\d\d:\d\d restantes$/);
  await expect(page.getByRole('timer', { name: 'Temps restant de Atelier 1' })).toBeVisible();
  await expect(running.getByText('Finalité', { exact: true })).toBeVisible();
  await running.getByRole('button', { name: 'Point suivant' }).click();
  await expect(running.getByText('Formulaire', { exact: true })).toBeVisible();
  // The bar shows the point in progress on every step, for the room to follow the agenda.
  await openStep(page, /Finalité/);
  await expect(page.getByText('Point en cours : Formulaire')).toBeVisible();
  await openStep(page, /Ateliers et versions/);

  await running.getByLabel('Notes de l’atelier').fill('Le justificatif de domicile suffit.');
  await running.getByLabel('Nouvelle décision').fill('Pas de copie du livret de famille');
  await running.getByRole('button', { name: 'Noter la décision' }).click();
  await expect(running.getByRole('textbox', { name: 'Décision 1' })).toHaveValue(
    'Pas de copie du livret de famille',
  );

  await running.getByRole('button', { name: 'Terminer l’atelier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Terminer « Atelier 1 » ?' });
  await expect(dialog.getByLabel('Nom de la version')).toHaveValue(
    'Fin de l’atelier « Atelier 1 »',
  );
  await dialog.getByRole('button', { name: 'Terminer et enregistrer la version' }).click();
  await expect(
    page.getByText('« Atelier 1 » est terminé : version n° 1 enregistrée.'),
  ).toBeVisible();
  await expect(running).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Versions' })).toBeFocused();
  await expect(page.getByRole('timer')).toHaveCount(0);
  // Its record reads as its version keeps it: text, with nothing left to edit.
  const card = page.getByRole('article', { name: /Atelier 1/ });
  await expect(card.getByText('Le justificatif de domicile suffit.')).toBeVisible();
  await expect(card.getByText('Pas de copie du livret de famille')).toBeVisible();
  await expect(card.getByRole('textbox', { name: 'Notes de l’atelier' })).toHaveCount(0);
  await expect(card.getByRole('checkbox')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expect(page.getByRole('link', { name: /Ateliers et versions.*faite/ })).toBeVisible();

  const versions = page.getByRole('region', { name: 'Versions' });
  await expect(
    versions.getByRole('rowheader', { name: 'Fin de l’atelier « Atelier 1 »' }),
  ).toBeVisible();
  await versions.getByRole('link', { name: 'Ouvrir la version n° 1' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Version n° 1 — Fin de l’atelier « Atelier 1 »' }),
  ).toBeVisible();
  await expect(page.getByText('Le justificatif de domicile suffit.')).toBeVisible();
  await expect(page.getByText('Pas de copie du livret de famille')).toBeVisible();
  await expectNoAxeViolations(page);

  // Its export says which version it is, and carries the team and the workshop's notes.
  const download = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'Exporter la version n° 1 (fichier .fabrik.json)' })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-v1-\d{4}-\d{2}-\d{2}\.fabrik\.json$/);
  const bundle = JSON.parse(await readFile(await file.path(), 'utf8'));
  expect(bundle.version).toMatchObject({ number: 1, name: 'Fin de l’atelier « Atelier 1 »' });
  expect(bundle.prototype.team).toEqual([
    expect.objectContaining({ name: 'Awa Diallo', role: 'referent' }),
  ]);
  expect(bundle.prototype.workshops[0]).toMatchObject({
    notes: 'Le justificatif de domicile suffit.',
    decisions: [expect.objectContaining({ text: 'Pas de copie du livret de famille' })],
  });

  // The version is kept after a reload, like the workshop's record.
  await expectSaved(page);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Version n° 1 — Fin de l’atelier « Atelier 1 »' }),
  ).toBeVisible();
});

test('compare two versions and see what changed', async ({ page }) => {
  await createPrototype(page, 'Carte de stationnement résident');
  await page.getByLabel('Pour qui ?').fill('Les résidents');
  await openStep(page, /Ateliers et versions/);
  await page.getByRole('button', { name: 'Enregistrer une version maintenant' }).click();
  await page.getByRole('dialog').getByLabel('Nom de la version').fill('Avant');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Enregistrer une version maintenant' })
    .click();
  await expect(page.getByText('Version n° 1 enregistrée.')).toBeVisible();

  await openStep(page, /Finalité/);
  await page.getByLabel('Pour qui ?').fill('Les résidents et les artisans');
  await openStep(page, /Ateliers et versions/);
  await page.getByRole('button', { name: 'Enregistrer une version maintenant' }).click();
  await page.getByRole('dialog').getByLabel('Nom de la version').fill('Après');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Enregistrer une version maintenant' })
    .click();
  await expect(page.getByText('Version n° 2 enregistrée.')).toBeVisible();

  const picker = page.getByRole('group', { name: 'Comparer deux versions' });
  await picker.getByLabel('Version de départ').selectOption({ label: 'n° 1 — Avant' });
  await picker.getByLabel('Comparée à').selectOption({ label: 'n° 2 — Après' });
  await picker.getByRole('button', { name: 'Comparer' }).click();
  const purpose = page.getByRole('region', { name: 'Finalité' });
  await expect(purpose).toContainText(
    'pour qui : « Les résidents » → « Les résidents et les artisans »',
  );
  await expectNoAxeViolations(page);

  // Back returns to the list, as the comparison has its own address.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Ateliers et versions' })).toBeVisible();
});

test('change the form, compare the two versions and see the change', async ({ page }) => {
  await openDesigner(page, 'Inscription à la cantine');
  await addByClick(page, 'Texte court', 'Nom');
  await openStep(page, /Ateliers et versions/);
  await takeVersion(page, 'Fin de l’atelier 1');
  await expect(page.getByText('Version n° 1 enregistrée.')).toBeVisible();

  await openStep(page, /Formulaire/);
  await canvas(page)
    .getByRole('button', { name: /^Nom Texte court/ })
    .click();
  await properties(page).getByRole('textbox', { name: 'Libellé' }).fill('Nom de l’enfant');
  await addByClick(page, 'Texte court', 'Régime alimentaire');
  await openStep(page, /Ateliers et versions/);
  await takeVersion(page, 'Fin de l’atelier 2');
  await expect(page.getByText('Version n° 2 enregistrée.')).toBeVisible();

  const picker = page.getByRole('group', { name: 'Comparer deux versions' });
  await picker.getByLabel('Version de départ').selectOption({ label: 'n° 1 — Fin de l’atelier 1' });
  await picker.getByLabel('Comparée à').selectOption({ label: 'n° 2 — Fin de l’atelier 2' });
  await picker.getByRole('button', { name: 'Comparer' }).click();
  const fields = page.getByRole('region', { name: 'Champs du formulaire' });
  await expect(fields).toContainText('Ajouté : Régime alimentaire');
  await expect(fields).toContainText('Modifié : Nom de l’enfant');
  await expect(fields).toContainText('libellé : « Nom » → « Nom de l’enfant »');
});

test('restore a version, then undo the restore', async ({ page }) => {
  await residentPrototypeWithVersionOne(page);

  await openStep(page, /Finalité/);
  await page.getByLabel('Pour qui ?').fill('Tout le monde');
  await openStep(page, /Ateliers et versions/);
  await page.getByRole('button', { name: 'Restaurer la version n° 1' }).click();
  await page
    .getByRole('dialog', { name: 'Restaurer la version n° 1 ?' })
    .getByRole('button', { name: 'Restaurer' })
    .click();
  await expect(page.getByText('Version n° 1 restaurée.')).toBeVisible();
  await openStep(page, /Finalité/);
  await expect(page.getByLabel('Pour qui ?')).toHaveValue('Les résidents');

  await page.getByRole('button', { name: 'Annuler', exact: true }).first().click();
  await expect(page.getByLabel('Pour qui ?')).toHaveValue('Tout le monde');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Pour qui ?')).toHaveValue('Tout le monde');
});

test('presentation mode toggles with Alt+Shift+P, hides the clutter and keeps a step menu', async ({
  page,
}) => {
  await createPrototype(page, 'Carte de stationnement résident');
  const nav = page.getByRole('navigation', { name: 'Étapes du prototype' });
  await expect(nav).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  // A single key never toggles it (WCAG 2.1.4).
  await page.keyboard.press('p');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Alt+Shift+P');
  await expect(nav).toBeHidden();
  await expect(page.getByRole('button', { name: 'Quitter la présentation' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Noter une exception' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }),
  ).toBeVisible();
  // Typing the letter p in a text box types it.
  await page.getByLabel('Pour qui ?').fill('');
  await page.getByLabel('Pour qui ?').press('p');
  await expect(page.getByLabel('Pour qui ?')).toHaveValue('p');
  await expect(nav).toBeHidden();
  await expectNoAxeViolations(page);

  // The compact step menu changes step.
  const steps = page.getByRole('navigation', { name: 'Changer d’étape' });
  await expect(steps).toContainText('Étape 1 sur 9 · Finalité');
  await steps.getByRole('link', { name: /Cadrage/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(steps).toContainText('Étape 2 sur 9 · Cadrage');
  // Moved by the keyboard, the focus shows where it is.
  await steps.getByRole('link', { name: /Formulaire/ }).focus();
  await page.keyboard.press('Enter');
  const keyboardHeading = page.getByRole('heading', { level: 1, name: /Formulaire/ });
  await expect(keyboardHeading).toBeFocused();
  expect(
    await keyboardHeading.evaluate((element) => getComputedStyle(element).outlineStyle),
  ).not.toBe('none');

  // Kept in this browser across a reload, then left with the button. The heading has the
  // focus, without the ring Chromium would draw before any interaction (seen on the projector).
  await page.reload();
  await expect(page.getByRole('button', { name: 'Quitter la présentation' })).toBeVisible();
  await expect(keyboardHeading).toBeFocused();
  expect(await keyboardHeading.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe(
    'none',
  );
  await page.getByRole('button', { name: 'Quitter la présentation' }).click();
  await expect(nav).toBeVisible();
});

test('the workshops screen has no accessibility violations while a workshop runs', async ({
  page,
}) => {
  await createPrototype(page, 'Inscription à la cantine');
  await startWorkshop(page);
  await expectNoAxeViolations(page);
});

test('a team card keeps long names and its remove link inside it, in English too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createPrototype(page, 'Carte de stationnement résident');
  await openStep(page, /Ateliers et versions/);
  await page.getByRole('button', { name: 'Switch the interface to English' }).click();
  const add = page.getByRole('group', { name: 'Add a person' });
  for (const name of ['Nadia Benali', 'Marie-Bénédicte de La Tour-Maubourg-Montmorency-Laval']) {
    await add.getByLabel('Name').fill(name);
    await add.getByRole('button', { name: 'Add to the team' }).click();
    const card = page.getByRole('group', { name, exact: true });
    const remove = card.getByRole('button', { name: `Remove ${name} from the team` });
    const cardBox = (await card.boundingBox())!;
    const removeBox = (await remove.boundingBox())!;
    expect(removeBox.x + removeBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('six people pasted as a list join the team, and the whole team is ticked present at once', async ({
  page,
}) => {
  await createPrototype(page, 'Inscription à l’école');
  await openStep(page, /Ateliers et versions/);
  await page.getByText('Coller une liste de personnes').click();
  await page
    .getByLabel('Une personne par ligne')
    .fill(
      [
        'Awa Diallo ; Affaires scolaires ; Référent',
        'Bruno Martin ; Informatique ; Informatique',
        'Chloé Bernard ; Accueil ; Accueil du public',
        'Dina Roux ; Juridique ; Juridique',
        'Éric Petit ; Affaires scolaires ; Expert métier',
        'Farid Noor ; Restauration ; Expert métier',
      ].join('\n'),
    );
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ajouter ces 6 personnes' }).click();
  await expect(page.getByText('6 personnes ajoutées à l’équipe.')).toBeVisible();

  await page.getByRole('button', { name: 'Planifier un atelier' }).click();
  const card = page.getByRole('article', { name: /Atelier 1/ });
  await card.getByRole('button', { name: 'Toute l’équipe était présente' }).click();
  for (const name of ['Awa Diallo', 'Bruno Martin', 'Farid Noor']) {
    await expect(card.getByRole('checkbox', { name })).toBeChecked();
  }
  await expectSaved(page);
  await page.reload();
  await expect(
    page.getByRole('article', { name: /Atelier 1/ }).getByRole('checkbox', { name: 'Dina Roux' }),
  ).toBeChecked();
});
