import { expect, test, type Page } from '@playwright/test';
import { createPrototype, expectSaved, openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { downloadFrom, printDocument, readDocxAltTexts, readDocxText } from './support/documents';
import { addByClick, openDesigner, properties } from './form-designer.support';

/** Takes a version by hand from the « Ateliers et versions » step. */
async function takeVersion(page: Page, name: string) {
  await page.getByRole('button', { name: 'Enregistrer une version maintenant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enregistrer une version' });
  await dialog.getByLabel('Nom de la version').fill(name);
  await dialog.getByRole('button', { name: 'Enregistrer une version maintenant' }).click();
  await expect(dialog).toBeHidden();
}

async function openAdoption(
  page: Page,
  section?:
    | 'Sessions de formation'
    | 'FAQ'
    | 'Support et inclusion'
    | 'Pilote'
    | 'Communication'
    | 'Évaluation',
) {
  await openStep(page, 'Pour aller plus loin');
  await page
    .getByRole('navigation', { name: 'Parties de l’étape' })
    .getByRole('button', { name: 'Adoption' })
    .click();
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'Adoption : former, préparer le support, piloter',
    }),
  ).toBeVisible();
  if (section) {
    await page
      .getByRole('navigation', { name: 'Parties de l’adoption' })
      .getByRole('button', { name: section })
      .click();
  }
}

/**
 * Prints one drafted document: the page under print media once its « Imprimer / PDF » was
 * pressed shows the document alone, accessibly, then becomes a PDF.
 */
async function printAlone(page: Page, actions: string, title: string) {
  await printDocument(
    page,
    page.getByRole('group', { name: actions }).getByRole('button', { name: 'Imprimer / PDF' }),
  );
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Étapes du prototype' })).toBeHidden();
  await expectNoAxeViolations(page);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
}

test('the guide of « Agent instructeur » holds its steps and a quiz answered on screen, prints with the diagram, accessibly', async ({
  page,
}) => {
  await createPrototype(page, 'Carte de stationnement résident');
  await openAdoption(page);
  const role = page.getByLabel('Rôle', { exact: true });
  await expect(role.locator('option')).toHaveText([
    'Demandeur',
    'Agent instructeur',
    'Responsable du service',
  ]);
  await role.selectOption('Agent instructeur');

  const guide = page.getByRole('article', { name: 'Guide de formation — Agent instructeur' });
  const steps = guide.getByRole('table', { name: 'Étapes du rôle' });
  await expect(steps.getByRole('row')).toHaveCount(8);
  await expect(steps).toContainText('Vérifier la complétude du dossier');
  await expect(steps).toContainText('Notifier le refus motivé au demandeur');
  await expect(steps).not.toContainText('Prendre la décision');
  await expect(guide).toContainText(
    '« Non » → Demander les pièces manquantes ; le demandeur voit « En attente de vos pièces »',
  );

  const question = page.getByRole('group', {
    name: 'Quel statut voit le demandeur après l’étape « Demander les pièces manquantes » ?',
  });
  await question.getByRole('radio', { name: 'En cours de vérification' }).check();
  await question.getByRole('button', { name: 'Vérifier' }).click();
  await expect(question).toContainText('la bonne réponse est « En attente de vos pièces »');
  await question.getByRole('radio', { name: 'En attente de vos pièces' }).check();
  await question.getByRole('button', { name: 'Vérifier' }).click();
  await expect(question).toContainText('Bonne réponse.');

  const check = page.getByLabel('Ce qu’il faut vérifier — Instruire la demande');
  await check.fill('Le justificatif de domicile a moins de trois mois.');
  await expect(guide).toContainText('Le justificatif de domicile a moins de trois mois.');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Ajouter le schéma du processus au guide' }).click();
  await expect(
    guide.getByRole('img', { name: /Les étapes du rôle « Agent instructeur » sont encadrées/ }),
  ).toBeVisible();
  // What the requester sees: the form they fill, and their tracking page at the role's steps.
  await expect(
    guide.getByRole('img', { name: /^Formulaire en ligne tel que le demandeur le voit\. Page 1/ }),
  ).toBeVisible();
  await expect(
    guide.getByRole('img', {
      name: /^Page de suivi du demandeur pendant « Demander les pièces manquantes »\. Code de suivi : [A-Z]{8}\. Statut : En attente de vos pièces/,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const docx = await downloadFrom(
    page
      .getByRole('group', { name: 'Exporter « Guide de formation — Agent instructeur »' })
      .getByRole('button', { name: 'Télécharger (DOCX)' }),
  );
  const text = await readDocxText(docx);
  expect(text).toContain('Vérifier la complétude du dossier');
  expect(text).toContain('Le justificatif de domicile a moins de trois mois.');
  const alts = await readDocxAltTexts(docx);
  expect(alts[0]).toContain('Les étapes du rôle « Agent instructeur » sont encadrées');
  expect(alts[1]).toMatch(/^Formulaire en ligne tel que le demandeur le voit\./);
  expect(alts.length).toBeGreaterThan(2);
  for (const alt of alts.slice(2)) expect(alt).toMatch(/^Page de suivi du demandeur pendant « /);

  await printAlone(
    page,
    'Exporter « Guide de formation — Agent instructeur »',
    'Guide de formation — Agent instructeur',
  );
});

test('a pilot that leaves a path untried is warned about; its report prints', async ({ page }) => {
  await createPrototype(page, 'Inscription à la cantine');
  await openAdoption(page, 'Pilote');

  await page.getByRole('button', { name: 'Ajouter un profil' }).click();
  await page.getByLabel('Nom du profil').fill('Familles');
  await page.getByText('Parcours essayés par « Familles »').click();
  const paths = page.getByRole('group', { name: 'Parcours du traitement' });
  const boxes = paths.getByRole('checkbox');
  await expect(boxes).toHaveCount(6);
  for (let index = 0; index < 5; index += 1) await boxes.nth(index).check();

  await page
    .getByLabel('Ajouter des participants (un nom par ligne)')
    .fill(Array.from({ length: 500 }, (_, i) => `Participant ${i + 1}`).join('\n'));
  await page.getByLabel('Profil des participants ajoutés').selectOption({ label: 'Familles' });
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByText('500 participants ajoutés.')).toBeVisible();
  await expect(page.getByText('500 participants sur 2000 au plus.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Page 1 sur 20' })).toBeVisible();

  const warning = page.getByRole('alert').filter({ hasText: 'parcours n’est essayé par personne' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('listitem')).toHaveCount(1);

  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Anomalie' });
  await page
    .getByLabel('Retour', { exact: true })
    .fill('Le code de suivi n’arrive pas par courriel.');
  await page.getByLabel('Concerne').selectOption({ label: 'En cours de vérification' });
  await page.getByLabel('Priorité').first().selectOption({ label: 'Haute' });
  await page.getByRole('button', { name: 'Enregistrer le retour' }).click();
  await expect(page.getByText('Anomalie — Statuts « En cours de vérification »')).toBeVisible();
  await expectSaved(page);
  await expectNoAxeViolations(page);

  const report = page.getByRole('article', { name: 'Bilan de la phase pilote' });
  await expect(report).toContainText('1 parcours n’est essayé par personne :');
  await expect(report).toContainText(
    '✗ Toutes les anomalies sont traitées : 1 anomalie à traiter.',
  );
  await page
    .getByLabel('Recommandations pour l’ouverture à tous')
    .fill('Ouvrir après correction du courriel.');
  await expect(report).toContainText('Ouvrir après correction du courriel.');

  await page.reload();
  await openAdoption(page, 'Pilote');
  await expect(page.getByText('500 participants sur 2000 au plus.')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Bilan de la phase pilote' })).toContainText(
    'Ouvrir après correction du courriel.',
  );
  await printAlone(page, 'Exporter « Bilan de la phase pilote »', 'Bilan de la phase pilote');
});

test('the FAQ draft is accessible and its answers may be reworded', async ({ page }) => {
  await createPrototype(page, 'Carte de stationnement résident');
  await openAdoption(page, 'FAQ');
  const faq = page.getByRole('article', { name: 'Foire aux questions (brouillon)' });
  await expect(faq).toContainText('Que signifie le statut « En attente de vos pièces » ?');
  await page
    .getByLabel('Réponse — Que signifie le statut « Acceptée » ?')
    .fill('Votre carte est prête : vous la recevez par courrier.');
  await expect(faq).toContainText('Votre carte est prête : vous la recevez par courrier.');
  await expectNoAxeViolations(page);
});

test('the communication plan proposes its audiences and prints, accessibly', async ({ page }) => {
  await createPrototype(page, 'Carte de stationnement résident');
  await openAdoption(page, 'Communication');
  await page.getByRole('button', { name: 'Proposer les cibles habituelles' }).click();
  const plan = page.getByRole('article', { name: 'Plan de communication' });
  await expect(
    plan.getByRole('table', { name: 'Cibles de la communication' }).getByRole('row'),
  ).toHaveCount(5);
  await page.getByRole('group', { name: 'Demandeurs' }).getByLabel('Date').fill('2027-03-01');
  await expect(plan).toContainText('01/03/2027');
  await expectSaved(page);
  await expectNoAxeViolations(page);
  await printAlone(page, 'Exporter « Plan de communication »', 'Plan de communication');
});

test('the evaluation reviews the frame’s objectives, accessibly', async ({ page }) => {
  await createPrototype(page, 'Inscription à la cantine');
  await openStep(page, /Cadrage/);
  await page.getByRole('button', { name: 'Ajouter un objectif' }).click();
  await page.getByLabel('Objectif', { exact: true }).fill('Réduire les délais');
  await page.getByLabel('Indicateur').fill('Délai moyen');
  await openAdoption(page, 'Évaluation');
  const objective = page.getByRole('group', {
    name: /^Réduire les délais — indicateur : Délai moyen/,
  });
  await objective.getByLabel('Valeur observée').fill('14 jours');
  await objective.getByLabel('Atteint ?').selectOption({ label: 'Non atteint' });
  await expect(
    page.getByText(
      'L’objectif « Réduire les délais » n’est pas entièrement atteint : dites pourquoi.',
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Objectifs du cadrage — À court terme' }),
  ).toContainText('14 jours');
  await expectSaved(page);
  await expectNoAxeViolations(page);
});

test('training sessions are planned per role and flagged when too close, accessibly', async ({
  page,
}) => {
  await createPrototype(page, 'Inscription à la cantine');
  await openAdoption(page, 'Sessions de formation');
  await page.getByRole('button', { name: 'Ajouter une session' }).click();
  await page.getByLabel('Rôle formé').selectOption('Agent instructeur');
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const day = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
  await page.getByLabel('Date').fill(day);
  await page.getByLabel('Autres participants (un par ligne)').fill('Julie Moreau');
  await expect(
    page.getByText(/La session « Agent instructeur » du .* est dans 1 jour : envoyez la date/),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sessions de formation' })).toContainText(
    'Julie Moreau',
  );
  await expectSaved(page);
  await expectNoAxeViolations(page);
});

test('support and inclusion plan is checked against the frame’s impacts, accessibly', async ({
  page,
}) => {
  await createPrototype(page, 'Inscription à la cantine');
  await openAdoption(page, 'Support et inclusion');
  await page.getByLabel('Foire aux questions').check();
  await page.getByLabel('Aide à ajouter').selectOption({ label: 'France Services' });
  await page.getByRole('button', { name: 'Ajouter l’aide' }).click();
  await page
    .getByLabel('Modalités — France Services (où, quand, par qui)')
    .fill('Maison France Services du canton, mardi et jeudi');
  const plan = page.getByRole('article', { name: 'Support et inclusion numérique' });
  await expect(plan.getByRole('table', { name: 'Aides aux demandeurs' })).toContainText(
    'Maison France Services du canton',
  );
  await expect(plan).toContainText('La FAQ compte');
  await expectSaved(page);
  await expectNoAxeViolations(page);
});

test('accepted pilot feedback on a field becomes a change of a new version, named in the comparison, accessibly', async ({
  page,
}) => {
  await openDesigner(page, 'Inscription à la cantine');
  await addByClick(page, 'Texte court', 'Nom');
  await openStep(page, /Ateliers et versions/);
  await takeVersion(page, 'Avant le pilote');
  await expect(page.getByText('Version n° 1 enregistrée.')).toBeVisible();

  await openAdoption(page, 'Pilote');
  const remark = 'On ne sait pas si c’est le nom du parent ou celui de l’enfant.';
  await page.getByLabel('Retour', { exact: true }).fill(remark);
  await page.getByLabel('Concerne').selectOption({ label: 'Nom' });
  await page.getByRole('button', { name: 'Enregistrer le retour' }).click();
  const item = page.getByRole('group', { name: 'Retour — Champs « Nom »' });
  await item.getByLabel('Suite donnée').selectOption({ label: 'Retenu' });
  await page
    .getByLabel('Changement à apporter au prototype')
    .fill('Renommer la question « Nom de l’enfant ».');
  await expectSaved(page);
  await expectNoAxeViolations(page);

  // « Aller à … » opens the designer on that very field.
  await page.getByRole('link', { name: 'Aller au champ « Nom »' }).click();
  const label = properties(page).getByRole('textbox', { name: 'Libellé' });
  await expect(label).toHaveValue('Nom');
  await label.fill('Nom de l’enfant');
  await expectSaved(page);

  await openStep(page, /Ateliers et versions/);
  await page.getByRole('button', { name: 'Enregistrer une version maintenant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enregistrer une version' });
  await expect(
    dialog
      .getByRole('group', { name: 'Retours du pilote acceptés auxquels cette version répond' })
      .getByRole('checkbox', { name: remark }),
  ).toBeChecked();
  await dialog.getByLabel('Nom de la version').fill('Après le pilote');
  await dialog.getByRole('button', { name: 'Enregistrer une version maintenant' }).click();
  await expect(page.getByText('Version n° 2 enregistrée.')).toBeVisible();

  const picker = page.getByRole('group', { name: 'Comparer deux versions' });
  await picker.getByLabel('Version de départ').selectOption({ label: 'n° 1 — Avant le pilote' });
  await picker.getByLabel('Comparée à').selectOption({ label: 'n° 2 — Après le pilote' });
  await picker.getByRole('button', { name: 'Comparer' }).click();
  const fields = page.getByRole('region', { name: 'Champs du formulaire' });
  await expect(
    fields.getByRole('listitem').filter({ hasText: 'Modifié : Nom de l’enfant' }),
  ).toContainText(`Suite au retour du pilote : « ${remark} »`);
  const answered = page.getByRole('region', { name: 'Retour du pilote traité par cette version' });
  await expect(answered).toContainText(remark);
  await expect(answered).toContainText('Changement : Renommer la question « Nom de l’enfant ».');
  await expectNoAxeViolations(page);

  // Answered by a version, the feedback is now done.
  await openAdoption(page, 'Pilote');
  await expect(item.getByLabel('Suite donnée')).toHaveValue('done');
});
