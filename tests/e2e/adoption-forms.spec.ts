import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { addByClick, canvasLabels, openDesigner, palette } from './form-designer.support';

async function openAdoption(page: Page, section: 'Sessions de formation' | 'Évaluation') {
  await openStep(page, 'Pour aller plus loin');
  await page
    .getByRole('navigation', { name: 'Parties de l’étape' })
    .getByRole('button', { name: 'Adoption' })
    .click();
  await page
    .getByRole('navigation', { name: 'Parties de l’adoption' })
    .getByRole('button', { name: section })
    .click();
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent('download');
  await click();
  return readFile(await (await download).path(), 'utf8');
}

test('build and answer a feedback questionnaire; its remark is analysed and told in the note of what changed, accessibly', async ({
  page,
}) => {
  // Two visits to the designer, one to the preview and three accessibility checks.
  test.slow();
  await openDesigner(page, 'Inscription à la cantine');
  await addByClick(page, 'Texte court', 'Nom');

  await openAdoption(page, 'Sessions de formation');
  await page.getByRole('button', { name: 'Ajouter une session' }).click();
  await page.getByLabel('Rôle formé').selectOption('Agent instructeur');
  await page.getByRole('button', { name: 'Créer le questionnaire de retour' }).click();
  await expect(page.getByText('4 questions, 0 réponse(s) enregistrée(s).')).toBeVisible();
  await expectNoAxeViolations(page);

  // The questionnaire opens in Fabrik's own form designer; a question is added by the palette.
  await page
    .getByRole('link', { name: 'Concevoir et répondre au questionnaire de la session 1' })
    .click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Questionnaire de retour — session 1 (Agent instructeur)',
    }),
  ).toBeVisible();
  expect(await canvasLabels(page)).toEqual([
    'Dans l’ensemble, êtes-vous satisfait de la formation ?',
    'Qu’avez-vous appris ?',
    'Qu’est-ce qui vous a manqué ?',
    'Remarques sur le service',
  ]);
  await addByClick(page, 'Texte court', 'Un exercice à ajouter ?');
  await expect(palette(page)).toBeVisible();

  // Answered in its preview, as a trainee would.
  await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
  const preview = page.getByRole('region', { name: /Aperçu : le questionnaire/ });
  await preview.getByLabel('5 — Tout à fait').check();
  const remark = 'Je ne savais pas quel statut voit le demandeur quand je demande une pièce.';
  await preview.getByLabel('Qu’avez-vous appris ?').fill(remark);
  await preview.getByLabel('Un exercice à ajouter ?').fill('Une demande incomplète');
  await preview.getByRole('button', { name: 'Vérifier mes réponses' }).click();
  await preview.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(preview.getByRole('status')).toHaveText(
    'Réponse enregistrée dans la session : 2 remarques à analyser.',
  );
  await expectSaved(page);
  await expectNoAxeViolations(page);

  // The main form is untouched by the questionnaire's design.
  await openStep(page, /Formulaire/);
  await expect(page.getByRole('heading', { level: 1, name: 'Formulaire' })).toBeVisible();
  expect(await canvasLabels(page)).toEqual(['Nom']);

  // Back in the session: the remark is kept, analysed, prioritised and leads to a change.
  await openAdoption(page, 'Sessions de formation');
  await expect(page.getByText('5 questions, 1 réponse(s) enregistrée(s).')).toBeVisible();
  const item = page.getByRole('group', { name: 'Remarque sur « Qu’avez-vous appris ? »' });
  await expect(item).toContainText(remark);
  await item.getByLabel('Analyse').fill('Le guide ne montre pas les statuts.');
  await item.getByLabel('Priorité').selectOption({ label: 'Haute' });
  await item.getByLabel('Changement qui en découle').selectOption({ label: 'Au prototype' });
  await item.getByLabel('Partie du prototype concernée').selectOption({ label: 'Nom' });
  await item.getByLabel('Le changement apporté').fill('La question « Nom » a une aide.');
  const note = page.getByRole('region', { name: 'Ce qui a changé grâce à vos remarques — 1' });
  await expect(note).toContainText(
    `Vous avez dit : « ${remark} ». Prototype — Nom : La question « Nom » a une aide.`,
  );
  await expect(
    page.getByRole('table', { name: 'Remarques des personnes formées — 1 — Agent instructeur' }),
  ).toContainText('Le guide ne montre pas les statuts.');
  await expectSaved(page);
  await expectNoAxeViolations(page);
});

test('the evaluation form is designed in the form designer and exported as JSON Schema, accessibly', async ({
  page,
}) => {
  await openDesigner(page, 'Inscription à la cantine');
  await openAdoption(page, 'Évaluation');
  await page.getByRole('button', { name: 'Créer le formulaire d’évaluation' }).click();
  await expect(page.getByText('5 questions.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByRole('link', { name: 'Ouvrir le formulaire d’évaluation dans le concepteur' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Formulaire d’évaluation auprès du public visé' }),
  ).toBeVisible();
  await addByClick(page, 'Texte court', 'Commune de résidence');
  await expectSaved(page);
  await expectNoAxeViolations(page);

  const schema = JSON.parse(
    await downloaded(page, () =>
      page.getByRole('button', { name: 'Exporter en JSON Schema' }).click(),
    ),
  ) as { title: string; properties: Record<string, { title?: string }> };
  expect(schema.title).toBe(
    'Inscription à la cantine — Formulaire d’évaluation auprès du public visé',
  );
  const titles = Object.values(schema.properties).map((property) => property.title);
  expect(titles).toEqual(
    expect.arrayContaining([
      'Avez-vous utilisé le service en ligne ?',
      'Que faudrait-il améliorer ?',
      'Commune de résidence',
    ]),
  );
  expect(schema.properties).toHaveProperty('utilise');

  // The same file from the evaluation itself, and its questions in the evaluation's document.
  await page.getByRole('link', { name: 'Retour à « Pour aller plus loin »' }).click();
  await expect(page.getByText('6 questions.')).toBeVisible();
  const again = JSON.parse(
    await downloaded(page, () =>
      page
        .getByRole('button', { name: 'Exporter le formulaire d’évaluation en JSON Schema' })
        .click(),
    ),
  ) as { properties: Record<string, { title?: string }> };
  expect(Object.keys(again.properties)).toEqual(Object.keys(schema.properties));
  await expect(
    page.getByRole('table', { name: 'Formulaire d’évaluation auprès du public visé' }),
  ).toContainText('Commune de résidence');
  await expectNoAxeViolations(page);
});
