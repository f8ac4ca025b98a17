import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { contentHash } from '../../src/domain/bundle/hash';
import { writeBundle } from '../../src/domain/bundle/writeBundle';
import { createField } from '../../src/domain/form/factory';
import { createPrototype as newPrototype } from '../../src/domain/prototype/create';
import { expectNoAxeViolations } from './support/axe';
import { createPrototype, expectSaved, openStep } from './support/app';

const importLabel = 'Importer un prototype (fichier .fabrik.json)';
const preview = (page: Page) => page.getByRole('region', { name: 'Aperçu de la page de suivi' });
const messagePreview = (page: Page) => page.getByRole('region', { name: 'Aperçu', exact: true });
const tab = (page: Page, name: string | RegExp) =>
  page.getByRole('tablist', { name: 'Parties du suivi' }).getByRole('tab', { name });

async function openTrackingStep(page: Page) {
  await openStep(page, /Suivi et réponses/);
  await expect(page.getByRole('heading', { level: 1, name: 'Suivi et réponses' })).toBeVisible();
}

async function importText(page: Page, text: string) {
  await page
    .getByLabel(importLabel)
    .setInputFiles({
      name: 'test.fabrik.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
}

/** A prototype whose form asks for an email address (key "courriel"), imported as a file. */
async function importPrototypeWithEmail(page: Page, name: string) {
  const prototype = newPrototype(name, new Date());
  const email = createField('email', 'field-email', prototype.form, {
    label: 'Adresse électronique',
  });
  const [page1] = prototype.form.pages;
  if (!page1) throw new Error('A new form has a page.');
  prototype.form.pages = [{ ...page1, fields: [email] }];
  const bundle = await writeBundle(prototype, { now: new Date(), appVersion: 'test' });
  await page.goto('/');
  await importText(page, JSON.stringify(bundle));
  await page.getByRole('link', { name }).click();
  await openTrackingStep(page);
}

/** Exports the open prototype, removes a field from the file, and imports it back in its place. */
async function deleteFieldThroughFile(page: Page, fieldId: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter', exact: true }).click();
  const bundle = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  for (const formPage of bundle.prototype.form.pages) {
    formPage.fields = formPage.fields.filter((field: { id: string }) => field.id !== fieldId);
  }
  bundle.integrity.contentHash = await contentHash(bundle.prototype);
  await page.goto('/');
  await importText(page, JSON.stringify(bundle));
  await page.getByRole('dialog').getByRole('button', { name: 'Remplacer' }).click();
  await page.getByRole('link', { name: bundle.prototype.name }).click();
  await openTrackingStep(page);
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
  await importPrototypeWithEmail(page, 'Aide au permis');
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

  await deleteFieldThroughFile(page, 'field-email');
  const warning = page.getByRole('region', { name: /champs supprimés du formulaire/ });
  await expect(warning).toContainText('{{champ:courriel}}');
  await warning.getByRole('button', { name: 'Voir le message' }).click();
  await expect(page.getByLabel('Texte du message')).toHaveValue(/\{\{champ:courriel\}\}/);
  await expect(
    page.getByText('{{champ:courriel}} renvoie à un champ qui n’existe plus'),
  ).toBeVisible();
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
