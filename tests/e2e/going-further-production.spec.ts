import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { docxParagraphs } from '../support/docxText';
import { expectSaved, openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import {
  createReadyPrototype,
  decide,
  importFile,
  name,
  openReview,
  reviewMachines,
  submitForVerification,
} from './support/review';

const title = `Plan de tests de production — ${name}`;

async function openProduction(page: Page) {
  await openStep(page, 'Pour aller plus loin');
  await page.getByRole('button', { name: 'Mise en production' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Mise en production' })).toBeVisible();
}

/** Downloads a document's DOCX from its export buttons and reads its paragraphs back. */
async function docxText(page: Page, documentTitle: string): Promise<string[]> {
  const download = page.waitForEvent('download');
  await page
    .getByRole('group', { name: `Exporter « ${documentTitle} »` })
    .getByRole('button', { name: 'Télécharger (DOCX)' })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const paragraphs = await docxParagraphs(await readFile((await file.path())!));
  return paragraphs.map((paragraph) => paragraph.text);
}

test('from an approved version: the deployment request, then the production tests run to their final validation', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { referent, verifier, approver } = await reviewMachines(browser);

  const submitted = await test.step('a prototype not approved has nothing to deploy', async () => {
    await createReadyPrototype(referent);
    const file = await submitForVerification(referent);
    await openProduction(referent);
    await expect(referent.getByText('Pas de version approuvée à déployer')).toBeVisible();
    await expect(
      referent.getByRole('heading', { name: 'Demande de mise en production' }),
    ).toHaveCount(0);
    return file;
  });

  const approved = await test.step('the verifier verifies, the approver approves', async () => {
    await importFile(verifier, submitted);
    await openReview(verifier, name);
    const verified = await decide(verifier, 'Vérifié', 'Complet.', 'Bruno Martin');
    await importFile(approver, verified);
    await openReview(approver, name);
    return decide(approver, 'Approuvé', 'Bon pour mise en ligne.', 'Chloé Bernard');
  });

  await test.step('the referent drafts the deployment request from the approved version', async () => {
    await importFile(referent, approved);
    await referent
      .getByRole('dialog')
      .getByRole('button', { name: 'Enregistrer la relecture sur mon prototype' })
      .click();
    await referent
      .getByRole('list', { name: 'Prototypes' })
      .getByRole('link', { name, exact: true })
      .click();
    await openProduction(referent);
    const request = referent.getByRole('region', { name: 'Demande de mise en production' });
    await expect(
      referent.getByText(/^Version approuvée 1 « .* » — empreinte [0-9a-f]{64}$/),
    ).toBeVisible();
    const signoffs = request.getByRole('table', {
      name: 'Signatures de vérification et d’approbation',
    });
    await expect(signoffs.getByRole('row')).toHaveCount(3);
    await expect(signoffs.getByRole('cell', { name: 'Chloé Bernard' })).toBeVisible();
    await expect(
      signoffs.getByRole('cell', { name: /^[0-9A-F]{4}( [0-9A-F]{4}){3}$/ }),
    ).toHaveCount(2);
    await expect(
      request.getByRole('cell', { name: 'Moteur de processus (workflow)' }).first(),
    ).toBeVisible();

    await request.getByLabel('Version de « Moteur de processus (workflow) »').fill('Flowable 7.1');
    await request.getByLabel('Quoi').fill('Compte de service du moteur');
    await request.getByLabel('URL, identifiant ou référence').fill('password=Printemps2026');
    await request.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await expect(request.getByText(/ressemble à un mot de passe ou à un jeton/)).toBeVisible();
    await request.getByLabel('URL, identifiant ou référence').fill('coffre DSI / clé moteur-prod');
    await request.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await expect(
      request.getByText('Compte de service du moteur : coffre DSI / clé moteur-prod'),
    ).toBeVisible();
    await request
      .getByRole('checkbox', { name: 'Formulaire importé depuis le JSON Schema livré' })
      .check();
    await expectSaved(referent);
    await expect(
      request.getByRole('table', { name: 'Retour de l’équipe de production' }).getByRole('cell', {
        name: 'coffre DSI / clé moteur-prod',
      }),
    ).toBeVisible();
    await expectNoAxeViolations(referent);

    const text = (await docxText(referent, `Demande de mise en production — ${name}`)).join('\n');
    expect(text).toContain('Flowable 7.1');
    expect(text).toContain('Bruno Martin');
    expect(text).toMatch(/Empreinte du contenu approuvé \(SHA-256\) : [0-9a-f]{64}/);
    expect(text).not.toContain('Printemps2026');
  });

  await test.step('a text of the request reworded by the team is kept until they choose the new one', async () => {
    const request = referent.getByRole('region', { name: 'Demande de mise en production' });
    const mine = 'Tout passe par HTTPS (TLS 1.3), page de suivi comprise.';
    await request.getByRole('textbox', { name: 'Réglage de sécurité « HTTPS »' }).fill(mine);
    await expect(request.getByText('Modifié par l’équipe')).toBeVisible();
    await expectSaved(referent);
    const text = (await docxText(referent, `Demande de mise en production — ${name}`)).join('\n');
    expect(text).toContain(mine);
    expect(text).not.toContain('Tout échange passe par HTTPS');

    // Drafted in English, the request now says something else: both show, the team chooses.
    await referent.getByRole('button', { name: 'Switch the interface to English' }).click();
    const drafted = referent.getByRole('region', { name: 'Deployment request' });
    const box = drafted.getByRole('textbox', { name: 'Security setting “HTTPS”' });
    const conflict = drafted.getByRole('group', { name: 'Security setting “HTTPS”' });
    await expect(box).toHaveValue(mine);
    await expect(
      conflict.getByText(
        'Every exchange goes through HTTPS (TLS 1.2 or later), the tracking page included.',
      ),
    ).toBeVisible();
    await expect(drafted.getByText(/^1 reworded text no longer matches/)).toBeVisible();
    await expectNoAxeViolations(referent);
    await conflict.getByRole('button', { name: 'Take the new text' }).click();
    await expect(box).toHaveValue(
      'Every exchange goes through HTTPS (TLS 1.2 or later), the tracking page included.',
    );
    await expect(conflict).toHaveCount(0);
    await referent.getByRole('button', { name: "Passer l'interface en français" }).click();
    await expect(
      request.getByRole('textbox', { name: 'Réglage de sécurité « HTTPS »' }),
    ).toHaveValue('Tout échange passe par HTTPS (TLS 1.2 ou plus), y compris la page de suivi.');
  });

  await test.step('a failed case opens an anomaly, and holds the validation until it is closed', async () => {
    const plan = referent.getByRole('region', { name: 'Plan de tests de production' });
    await plan.getByRole('button', { name: 'Établir le plan de tests' }).click();
    const cases = plan.getByRole('list', { name: 'Plan de tests de production' });
    const first = cases.getByRole('listitem').first();
    await first.locator('summary').click();
    await first.getByLabel('Note de test').fill('Le courriel d’accusé de réception n’arrive pas');
    await first.getByRole('button', { name: 'En échec' }).click();
    await expect(first.getByText('Résultat : En échec')).toBeVisible();
    const anomalies = plan.getByRole('region', { name: 'Anomalies' });
    await expect(
      anomalies.getByRole('group', {
        name: /Le courriel d’accusé de réception n’arrive pas — Ouverte/,
      }),
    ).toBeVisible();

    await first.getByRole('button', { name: 'Réussi', exact: true }).click();
    await plan.getByLabel('Afficher').selectOption({ label: 'À tester' });
    const pending = cases.getByRole('listitem');
    while ((await pending.count()) > 0) {
      const next = pending.first();
      await next.locator('summary').click();
      await next.getByRole('button', { name: 'Réussi', exact: true }).click();
    }
    await expect(plan.getByText('Aucun cas ne correspond.')).toBeVisible();
    await expect(
      plan.getByText(/0 en échec, 0 à tester ; 1 anomalie\(s\) non clôturée\(s\)/),
    ).toBeVisible();
    await expect(plan.getByRole('button', { name: 'Valider les tests de production' })).toHaveCount(
      0,
    );

    await anomalies.getByLabel('Responsable').fill('DSI — équipe messagerie');
    await anomalies.getByLabel('État').selectOption({ label: 'Clôturée' });
    await plan.getByLabel('Qui valide (nom)').fill('Inès Martin');
    await plan.getByRole('button', { name: 'Valider les tests de production' }).click();
    await expect(plan.getByText(/^Tests de production validés par Inès Martin le /)).toBeVisible();
    await expectSaved(referent);
    await expectNoAxeViolations(referent);
  });

  await test.step('the test plan exports to a DOCX that says what was run', async () => {
    const text = await docxText(referent, title);
    expect(text[0]).toBe(title);
    expect(text).toContain('Le courriel d’accusé de réception n’arrive pas');
    expect(text).toContain('DSI — équipe messagerie');
    expect(text.some((line) => line.startsWith('Tests validés par Inès Martin le '))).toBe(true);
    expect(text.some((line) => line.startsWith('Parcours 1 : jusqu’à « '))).toBe(true);
  });
});
