import { expect, test, type Page } from '@playwright/test';
import { addByClick, canvas, openDesigner, properties } from './form-designer.support';
import { expectNoAxeViolations } from './support/axe';
import { createPrototype, expectSaved, openStep } from './support/app';

const preview = (page: Page) => page.getByRole('region', { name: 'Aperçu de la page de suivi' });
const messagePreview = (page: Page) => page.getByRole('region', { name: 'Aperçu', exact: true });
const tab = (page: Page, name: string | RegExp) =>
  page.getByRole('tablist', { name: 'Parties du suivi' }).getByRole('tab', { name });

async function openTrackingStep(page: Page) {
  await openStep(page, /Suivi et réponses/);
  await expect(page.getByRole('heading', { level: 1, name: 'Suivi et réponses' })).toBeVisible();
}

test('a renamed status shows in the requester’s tracking page preview', async ({ page }) => {
  await createPrototype(page, 'Carte de stationnement résident');
  await openTrackingStep(page);
  await expect(preview(page).getByText('Demande déposée')).toBeVisible();
  await page.getByRole('button', { name: /^Demande déposée/ }).click();
  await page.getByLabel('Libellé vu par le demandeur').fill('Dossier bien reçu');
  await expect(preview(page).getByText('Dossier bien reçu')).toBeVisible();
  await expect(preview(page).getByText('Demande déposée')).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(preview(page).getByText('Dossier bien reçu')).toBeVisible();
});

test('a message with a field placeholder is previewed filled, and warns once the field is deleted', async ({
  page,
}) => {
  await openDesigner(page, 'Aide au permis');
  await addByClick(page, 'Adresse électronique', 'Courriel');
  await expectSaved(page);
  await openTrackingStep(page);
  await tab(page, 'Messages').click();
  await page
    .getByRole('button', { name: /Votre demande \{\{code_suivi\}\} a bien été reçue/ })
    .click();
  const body = page.getByLabel('Texte du message');
  await body.fill('Bonjour,\n\nLa réponse partira à {{courriel}} sous le code {{code_suivi}}.');
  await expect(messagePreview(page)).toContainText(
    /La réponse partira à camille\.martin@exemple\.fr sous le code [BCDFGHJKLMNPQRSTVWXZ]{8}\./,
  );
  await expectSaved(page);

  await openStep(page, /Formulaire/);
  await canvas(page)
    .getByRole('button', { name: /^Courriel/ })
    .click();
  await properties(page).getByRole('button', { name: 'Supprimer « Courriel »' }).click();
  await expectSaved(page);
  await openTrackingStep(page);
  const warning = page.getByRole('region', { name: /champs supprimés du formulaire/ });
  await expect(warning).toContainText('{{champ:courriel}}');
  await warning.getByRole('button', { name: 'Voir le message' }).click();
  await expect(page.getByLabel('Texte du message')).toHaveValue(/\{\{champ:courriel\}\}/);
  await expect(
    page.getByText('{{champ:courriel}} renvoie à un champ qui n’existe plus'),
  ).toBeVisible();
  await expect(messagePreview(page)).toContainText('[courriel : aucun champ de ce nom]');
});

test('markup and an unclosed placeholder are refused with a clear error and shown as typed', async ({
  page,
}) => {
  await createPrototype(page, 'Inscription à la cantine');
  await openTrackingStep(page);
  await tab(page, 'Messages').click();
  await page.getByRole('button', { name: /est acceptée/ }).click();
  await page
    .getByLabel('Texte du message')
    .fill('<script>alert(1)</script> Bonjour {{nom_demandeur');
  const problems = page.getByText('Ce message ne peut pas partir ainsi');
  await expect(problems).toBeVisible();
  await expect(page.getByText('Le texte contient « <script> »')).toBeVisible();
  await expect(page.getByText(/les accolades \{\{ ne sont pas refermées par \}\}/)).toBeVisible();
  await expect(messagePreview(page)).toContainText(
    '<script>alert(1)</script> Bonjour {{nom_demandeur',
  );
  await expect(page.getByLabel('Texte du message')).toHaveAttribute('aria-invalid', 'true');
});

test('the tracking step has no accessibility violations', async ({ page }) => {
  await createPrototype(page, 'Inscription à la cantine');
  await openTrackingStep(page);
  await page.getByRole('button', { name: /^Demande déposée/ }).click();
  await expectNoAxeViolations(page);
  for (const name of [/Correspondance/, /Délais/, /Code de suivi/, /Messages/]) {
    await tab(page, name).click();
    await expectNoAxeViolations(page);
  }
  await page.getByRole('button', { name: /a bien été reçue/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Message au statut/ })).toBeFocused();
  await expectNoAxeViolations(page);
});

test('a renamed status and a response time no path keeps are flagged with their fix, accessibly', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createPrototype(page, 'Inscription à la cantine');
  await openTrackingStep(page);
  await page.getByRole('button', { name: /^Acceptée/ }).click();
  await page.getByLabel('Libellé vu par le demandeur').fill('Accordée');
  const warnings = page.getByRole('region', {
    name: 'À remettre en accord avec les statuts et le traitement',
  });
  await expect(warnings).toContainText('mais son message dit encore « Acceptée »');
  await expectNoAxeViolations(page);
  await warnings
    .getByRole('button', { name: 'Remplacer « Acceptée » par « Accordée » dans les messages' })
    .click();
  await expect(warnings).toHaveCount(0);
  await tab(page, /Messages/).click();
  await expect(page.getByRole('button', { name: /est accordée/ })).toBeVisible();

  await tab(page, /Délais/).click();
  const days = page.getByLabel('Délai annoncé au demandeur (jours ouvrés)');
  await days.fill('10');
  await expect(days).toHaveAccessibleDescription(/dépassent le délai annoncé de 10 jours ouvrés/);
  await expectNoAxeViolations(page);
  await page
    .locator('.field', { has: days })
    .getByRole('button', { name: /^Annoncer \d+ jours ouvrés$/ })
    .click();
  await expect(days).not.toHaveValue('10');
  await expect(days).not.toHaveAccessibleDescription(/dépasse/);
});
