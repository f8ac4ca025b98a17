import { expect, test, type Page } from '@playwright/test';
import { addByClick, canvas, openDesigner, properties } from './form-designer.support';
import { expectNoAxeViolations } from './support/axe';
import { agents, choose, complete, openTryOut } from './support/tryout';
import { createPrototype, expectSaved, openStep } from './support/app';

const scenarios = (page: Page) => page.getByRole('region', { name: 'Scénarios', exact: true });
const scenario = (page: Page, name: string) =>
  scenarios(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name }) });

async function send(page: Page) {
  await page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
}

async function saveAs(page: Page, name: string) {
  await page.getByRole('button', { name: 'Enregistrer comme scénario' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enregistrer comme scénario' });
  await dialog.getByRole('textbox', { name: /Nom du scénario/ }).fill(name);
  await dialog.getByRole('button', { name: 'Enregistrer le scénario' }).click();
  await expect(scenario(page, name)).toBeVisible();
}

test('two scenarios are played and saved, one breaks when a field it answered is removed, and passes again once fixed', async ({
  page,
}) => {
  // One journey through five screens with four accessibility scans: 13 s on an idle
  // machine, 35 s beside a second worker, and past 60 s once on CI's two busy cores.
  test.slow();
  await openDesigner(page, 'Aide au permis');
  await addByClick(page, 'Texte court', 'Prénom');
  await properties(page).getByRole('radio', { name: 'Facultative' }).check();
  await addByClick(page, 'Adresse électronique', 'Courriel');
  await expectSaved(page);
  await openTryOut(page);

  // First case: a named requester, accepted.
  await page.getByRole('textbox', { name: /^Prénom/ }).fill('Bruno');
  await page.getByRole('textbox', { name: /^Courriel/ }).fill('bruno@exemple.fr');
  await send(page);
  await complete(page, 'Vérifier la complétude du dossier');
  await choose(page, 'Dossier complet ?', 'Oui');
  await complete(page, 'Instruire la demande');
  await complete(page, 'Prendre la décision');
  await choose(page, 'Décision', 'Acceptée');
  await complete(page, 'Notifier l’acceptation au demandeur');
  await saveAs(page, 'Acceptée du premier coup');

  // Second case, from the sample answers: an incomplete file.
  await page.getByRole('button', { name: 'Recommencer l’essai' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Recommencer' }).click();
  await page.getByRole('button', { name: 'Remplir avec des réponses d’exemple' }).click();
  await expect(page.getByRole('textbox', { name: /^Courriel/ })).not.toHaveValue('');
  await page.getByRole('textbox', { name: /^Prénom/ }).fill('');
  await send(page);
  await complete(page, 'Vérifier la complétude du dossier');
  await choose(page, 'Dossier complet ?', 'Non');
  await complete(page, 'Demander les pièces manquantes');
  await saveAs(page, 'Dossier incomplet');
  await expect(scenarios(page)).toContainText('2 sur 2 réussissent');
  await expectSaved(page);

  // The first name goes from the form: the scenario that answered it fails, and says why.
  await openStep(page, /Formulaire/);
  await canvas(page)
    .getByRole('button', { name: /^Prénom Texte court/ })
    .click();
  await properties(page).getByRole('button', { name: 'Supprimer « Prénom »' }).click();
  await expect(canvas(page).getByRole('button', { name: 'Déplacer « Prénom »' })).toHaveCount(0);
  await openTryOut(page);
  await expect(scenarios(page)).toContainText('1 sur 2 réussissent');
  await expect(scenario(page, 'Acceptée du premier coup')).toContainText(
    'Échoue — Dans le formulaire, avant l’envoi : le champ « Prénom », auquel le demandeur avait répondu, a été supprimé du formulaire.',
  );
  await expect(scenario(page, 'Dossier incomplet')).toContainText('Réussit');
  await expectNoAxeViolations(page);

  // The verifier sees the same: each case played, whether it passes, and why not.
  await openStep(page, 'Vérification');
  const played = page.getByRole('region', { name: 'Relecture : scénarios joués' });
  const results = played.getByRole('table', { name: '1 sur 2 réussissent' });
  await expect(results.getByRole('row', { name: /Dossier incomplet/ })).toContainText('Réussit');
  await expect(results.getByRole('row', { name: /Acceptée du premier coup/ })).toContainText(
    'Échoue' +
      'Dans le formulaire, avant l’envoi : le champ « Prénom », auquel le demandeur avait répondu, a été supprimé du formulaire.',
  );
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /Dossier de visa/ }).click();
  const part = page.getByRole('region', { name: /Scénarios joués/ });
  await expect(part.getByRole('row', { name: /Acceptée du premier coup/ })).toContainText('Échoue');
  await expectNoAxeViolations(page);
  await openTryOut(page);

  // Opened at the divergence: the requester's form again, with the answers still valid.
  await scenario(page, 'Acceptée du premier coup')
    .getByRole('button', { name: 'Ouvrir « Acceptée du premier coup » au point de divergence' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Le demandeur remplit le formulaire' }),
  ).toBeFocused();
  await expect(page.getByRole('textbox', { name: /^Courriel/ })).toHaveValue('bruno@exemple.fr');

  // Fixed by taking the removal back: both pass again.
  await openStep(page, /Formulaire/);
  await page.keyboard.press('Control+z');
  await expect(canvas(page).getByRole('button', { name: 'Déplacer « Prénom »' })).toBeVisible();
  await openTryOut(page);
  await expect(scenarios(page)).toContainText('2 sur 2 réussissent');
  await expect(scenario(page, 'Acceptée du premier coup')).toContainText('Réussit');
  await expectNoAxeViolations(page);

  // A passing scenario opens played through.
  await scenario(page, 'Dossier incomplet')
    .getByRole('button', { name: 'Ouvrir « Dossier incomplet » dans l’essai' })
    .click();
  await expect(agents(page).getByRole('group', { name: 'En attente des pièces' })).toBeVisible();
});

test('the paths the scenarios cover are marked on the diagram, and what none reaches is listed', async ({
  page,
}) => {
  await openDesigner(page, 'Carte de stationnement');
  await addByClick(page, 'Adresse électronique', 'Courriel');
  await expectSaved(page);
  await openTryOut(page);
  await page.getByRole('textbox', { name: /^Courriel/ }).fill('awa@exemple.fr');
  await send(page);
  await complete(page, 'Vérifier la complétude du dossier');
  await choose(page, 'Dossier complet ?', 'Oui');
  await complete(page, 'Instruire la demande');
  await complete(page, 'Prendre la décision');
  await choose(page, 'Décision', 'Acceptée');
  await complete(page, 'Notifier l’acceptation au demandeur');
  await saveAs(page, 'Acceptée du premier coup');

  const coverage = page.getByRole('region', { name: 'Couverture des scénarios' });
  await expect(coverage).toContainText(
    'Chemins du traitement parcourus par au moins un scénario : 1 sur 6.',
  );
  const missed = coverage.getByRole('list', { name: 'Ce qu’aucun scénario n’atteint' });
  await expect(missed).toContainText(
    'Le chemin Demande déposée → Vérifier la complétude du dossier → Dossier complet ? : Oui → Instruire la demande → Prendre la décision → Décision : Refusée → Notifier le refus motivé au demandeur → Demande refusée',
  );
  await expect(missed.getByRole('listitem')).toHaveCount(5);
  await expect(
    missed.getByText(
      'Le chemin Demande déposée → Vérifier la complétude du dossier → Dossier complet ? : Oui → Instruire la demande → Prendre la décision → Décision : Acceptée → Notifier l’acceptation au demandeur → Demande acceptée',
      { exact: true },
    ),
  ).toHaveCount(0);

  // The diagram marks the steps and arrows of the accepted path, and nothing of the refusal.
  const diagram = coverage.getByRole('img', { name: /Schéma du traitement/ });
  await expect(diagram).toBeVisible();
  const marked = await diagram.evaluate((image: HTMLImageElement) => {
    const svg = decodeURIComponent(image.src.slice(image.src.indexOf(',') + 1));
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return [...parsed.querySelectorAll('.fabrik-marked')].map((g) =>
      g.getAttribute('data-element-id'),
    );
  });
  expect(marked).toEqual(
    expect.arrayContaining(['Task_NotifyAcceptance', 'Flow_Accepted', 'EndEvent_Accepted']),
  );
  expect(marked).not.toContain('Task_NotifyRefusal');
  expect(marked).not.toContain('Task_RequestDocuments');
  await expectNoAxeViolations(page);
});

test('at an inclusive gateway several ways are taken at once, the join waits for them, and the third shows as not reached', async ({
  page,
}) => {
  await createPrototype(page, 'Aide au logement');
  await openStep(page, /Traitement/);
  await page.locator('input[type="file"]').setInputFiles('tests/fixtures/inclusive-gateway.bpmn');
  await page.getByRole('button', { name: 'Remplacer' }).click();
  await expect(
    page.getByText('Diagramme importé depuis « inclusive-gateway.bpmn ».'),
  ).toBeVisible();
  await expectSaved(page);
  await openTryOut(page);
  await send(page);

  const ways = agents(page).getByRole('group', { name: 'Pièces à demander' });
  await ways.getByRole('checkbox', { name: 'Identité' }).check();
  await ways.getByRole('checkbox', { name: 'Revenus' }).check();
  await agents(page)
    .getByRole('button', { name: 'Continuer « Pièces à demander » par les voies cochées' })
    .click();
  await complete(page, 'Demander la pièce d’identité');
  // The income statement is still asked for: the request waits for it at the join.
  await expect(agents(page).getByText('La demande est arrivée au bout du traitement.')).toHaveCount(
    0,
  );
  await complete(page, 'Demander l’avis d’imposition');
  await expect(
    agents(page).getByText('La demande est arrivée au bout du traitement.'),
  ).toBeVisible();
  await saveAs(page, 'Identité et revenus');

  const coverage = page.getByRole('region', { name: 'Couverture des scénarios' });
  await expect(coverage).toContainText(
    'Chemins du traitement parcourus par au moins un scénario : 2 sur 3.',
  );
  await expect(
    coverage.getByRole('list', { name: 'Ce qu’aucun scénario n’atteint' }).getByRole('listitem'),
  ).toHaveText([
    'Le chemin Demande déposée → Pièces à demander : Bail → Demander le bail → Dossier complet',
  ]);
  await expectNoAxeViolations(page);
});
