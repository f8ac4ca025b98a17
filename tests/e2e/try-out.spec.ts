import { expect, test, type Page } from '@playwright/test';
import { addByClick, openDesigner } from './form-designer.support';
import { expectNoAxeViolations } from './support/axe';
import { agents, choose, complete, openTryOut } from './support/tryout';
import { expectSaved } from './support/app';

const trackingPage = (page: Page) =>
  page.getByRole('region', { name: 'Page de suivi du demandeur' });
const currentStatus = (page: Page) => trackingPage(page).locator('.tracking-preview__current');

/** Fills the email, checks the answers and sends: the form is on its only page. */
async function sendRequest(page: Page, email: string) {
  await page.getByRole('textbox', { name: 'Courriel' }).fill(email);
  await page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
}

test('a request is played end to end: the form, its code, the processing, the tracking page and messages', async ({
  page,
}) => {
  await openDesigner(page, 'Aide au permis');
  await addByClick(page, 'Adresse électronique', 'Courriel');
  await expectSaved(page);
  await openTryOut(page);
  await sendRequest(page, 'awa.diallo@exemple.fr');

  const sent = page.getByText(
    /^Demande envoyée le .*, numéro de suivi [BCDFGHJKLMNPQRSTVWXZ]{8}\.$/,
  );
  await expect(sent).toBeFocused();
  const code = /[BCDFGHJKLMNPQRSTVWXZ]{8}/.exec((await sent.textContent()) ?? '')?.[0] ?? '';
  await expect(trackingPage(page)).toContainText(`Demande n° ${code}`);
  // Submitted, then straight into the check: the requester's history shows both.
  await expect(trackingPage(page).getByRole('list', { name: 'Historique' })).toContainText(
    'Demande déposée',
  );
  await expect(currentStatus(page)).toContainText('En cours de vérification');
  await expect(trackingPage(page)).toContainText(`Votre demande ${code} a bien été reçue`);
  await agents(page).getByText('La demande reçue').click();
  await expect(agents(page)).toContainText('awa.diallo@exemple.fr');
  await expectNoAxeViolations(page);

  // Incomplete first: the requester is asked for documents and the clock stops.
  await complete(page, 'Vérifier la complétude du dossier');
  await expect(agents(page).getByRole('heading', { name: 'À faire maintenant' })).toBeFocused();
  await choose(page, 'Dossier complet ?', 'Non');
  await complete(page, 'Demander les pièces manquantes');
  await expect(currentStatus(page)).toContainText('En attente de vos pièces');
  await expect(trackingPage(page)).toContainText(`Des pièces manquent à votre demande ${code}`);
  await choose(page, 'En attente des pièces', 'Pièces reçues');

  // Then complete, examined, accepted.
  await complete(page, 'Vérifier la complétude du dossier');
  await choose(page, 'Dossier complet ?', 'Oui');
  await complete(page, 'Instruire la demande');
  await complete(page, 'Prendre la décision');
  await choose(page, 'Décision', 'Acceptée');
  await complete(page, 'Notifier l’acceptation au demandeur');
  await expect(agents(page)).toContainText('La demande est arrivée au bout du traitement.');
  await expect(currentStatus(page)).toContainText('Acceptée');
  await expect(trackingPage(page)).toContainText(`Votre demande ${code} est acceptée`);
  await expect(agents(page).getByRole('list', { name: 'Ce qui s’est passé' })).toContainText(
    'Fin : « Demande acceptée »',
  );
  await expectNoAxeViolations(page);

  // The last action can be taken back, and the try-out survives a reload.
  await page.getByRole('button', { name: 'Annuler la dernière action' }).click();
  await expect(
    agents(page).getByRole('button', { name: 'Terminer « Notifier l’acceptation au demandeur »' }),
  ).toBeVisible();
  await expect(agents(page)).not.toContainText('La demande est arrivée au bout du traitement.');
  await page.reload();
  await expect(
    agents(page).getByRole('button', { name: 'Terminer « Notifier l’acceptation au demandeur »' }),
  ).toBeVisible();
  await expect(trackingPage(page)).toContainText(`Demande n° ${code}`);

  // Starting again asks first, then brings the form back; the prototype is untouched.
  await page.getByRole('button', { name: 'Recommencer l’essai' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Recommencer' }).click();
  await expect(
    page.getByRole('heading', { name: 'Le demandeur remplit le formulaire' }),
  ).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Courriel' })).toHaveValue('');
});

test('the try-out plays the refusal path and fills messages with the requester’s answers', async ({
  page,
}) => {
  await openDesigner(page, 'Aide au permis');
  await addByClick(page, 'Texte court', 'Prénom');
  await addByClick(page, 'Texte court', 'Nom');
  await addByClick(page, 'Adresse électronique', 'Courriel');
  await expectSaved(page);
  await openTryOut(page);
  await page.getByRole('textbox', { name: 'Prénom' }).fill('Bruno');
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Martin');
  await sendRequest(page, 'bruno@exemple.fr');
  await complete(page, 'Vérifier la complétude du dossier');
  // Undoing the only action turns the button off: focus goes on to what there is to do.
  await page.getByRole('button', { name: 'Annuler la dernière action' }).click();
  await expect(page.getByRole('button', { name: 'Annuler la dernière action' })).toBeDisabled();
  await expect(agents(page).getByRole('heading', { name: 'À faire maintenant' })).toBeFocused();
  await complete(page, 'Vérifier la complétude du dossier');
  await choose(page, 'Dossier complet ?', 'Oui');
  await complete(page, 'Instruire la demande');
  await complete(page, 'Prendre la décision');
  await choose(page, 'Décision', 'Refusée');
  await complete(page, 'Notifier le refus motivé au demandeur');
  await expect(currentStatus(page)).toContainText('Refusée');
  await expect(agents(page).getByRole('list', { name: 'Ce qui s’est passé' })).toContainText(
    '« Décision » : Refusée',
  );
  const refusal = trackingPage(page)
    .getByRole('listitem')
    .filter({ hasText: 'Réponse à votre demande' });
  await refusal.getByText('Réponse à votre demande').click();
  await expect(refusal).toContainText('Bonjour Bruno Martin,');
  // Its paragraphs stay apart, though the tracking step's styles were never loaded.
  await expect(refusal.getByText(/^Bonjour Bruno Martin,/)).toHaveCSS('white-space', 'pre-wrap');
});

test('a second tab on the same try-out follows it instead of overwriting it', async ({
  page,
  context,
}) => {
  await openDesigner(page, 'Aide au permis');
  await addByClick(page, 'Adresse électronique', 'Courriel');
  await expectSaved(page);
  await openTryOut(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(
    other.getByRole('heading', { name: 'Le demandeur remplit le formulaire' }),
  ).toBeVisible();

  await sendRequest(page, 'awa.diallo@exemple.fr');
  await complete(page, 'Vérifier la complétude du dossier');
  await expect(
    other.getByText('L’essai a avancé dans un autre onglet : il est affiché tel qu’il y est.'),
  ).toBeVisible();
  await expect(agents(other).getByRole('group', { name: 'Dossier complet ?' })).toBeVisible();

  await choose(other, 'Dossier complet ?', 'Oui');
  await expect(
    agents(page).getByRole('button', { name: 'Terminer « Instruire la demande »' }),
  ).toBeVisible();
});
