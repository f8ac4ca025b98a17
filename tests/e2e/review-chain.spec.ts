import { expect, test, type Page } from '@playwright/test';
import { openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { cutAfter, resignedWithNewKeys } from './support/forge';
import {
  createReadyPrototype,
  decide,
  expectStatus,
  importFile,
  reviewMachines,
  name,
  openReview,
  submitForVerification,
  type SentFile,
} from './support/review';

/** The warning of an import that lacks what this browser knows, and the file's name in it. */
async function expectImportStopped(page: Page, file: SentFile) {
  await expect(
    page.getByText(`Le fichier « ${file.name} » n’a pas encore été importé`, { exact: false }),
  ).toBeVisible();
  return page.getByRole('alert', { name: /ce que ce navigateur sait de cette relecture/ });
}

test('a sign-off chain cut or re-signed under the reviewers’ names is flagged, and an approver signs after a dropped rejection only knowingly', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { referent, verifier, approver } = await reviewMachines(browser);

  const submitted = await test.step('the referent submits', async () => {
    await createReadyPrototype(referent);
    return submitForVerification(referent);
  });
  const verified = await test.step('the verifier verifies', async () => {
    await importFile(verifier, submitted);
    await openReview(verifier, name);
    return decide(verifier, 'Vérifié', 'Complet.', 'Bruno Martin');
  });
  const rejected = await test.step('the approver rejects', async () => {
    await importFile(approver, verified);
    await openReview(approver, name);
    await expect(
      approver.getByText(/Nouvelle clé, jamais vue par ce navigateur/).first(),
    ).toBeHidden();
    await expect(approver.getByText(/Clé connue de ce navigateur depuis le/)).toBeVisible();
    return decide(approver, 'Rejeté', 'Le public est trop large.', 'Chloé Bernard');
  });
  await test.step('the referent records the rejection', async () => {
    await importFile(referent, rejected);
    await referent
      .getByRole('dialog')
      .getByRole('button', { name: 'Enregistrer la relecture sur mon prototype' })
      .click();
    await openReview(referent, name);
    await expectStatus(referent, 'Rejeté');
  });

  await test.step('the rejection cut from the file: the approver’s browser names it before importing', async () => {
    await approver.goto('/');
    const card = approver
      .getByRole('list', { name: 'Prototypes' })
      .getByRole('listitem')
      .filter({ hasText: name });
    await card.getByRole('button', { name: 'Supprimer' }).click();
    await approver
      .getByRole('dialog', { name: /Supprimer/ })
      .getByRole('button', { name: 'Supprimer' })
      .click();
    await expect(
      approver.getByRole('heading', { name: 'Aucun prototype pour l’instant' }),
    ).toBeVisible();

    const cut = cutAfter(rejected, 1, 'sans-rejet.fabrik.json');
    await importFile(approver, cut);
    const alert = await expectImportStopped(approver, cut);
    await expect(alert).toContainText('« Rejeté » par Chloé Bernard (approbation)');
    await expect(alert).toContainText('Une demande de modifications ou un rejet a été retiré');
    await expectNoAxeViolations(approver);
    await approver.getByRole('button', { name: 'Importer quand même' }).click();
    await openReview(approver, name);
    await expectStatus(approver, 'Vérifié');
    await expect(
      approver.getByRole('alert', { name: /ce que ce navigateur sait de cette relecture/ }),
    ).toContainText('« Rejeté » par Chloé Bernard');

    await approver.getByRole('radio', { name: 'Approuvé' }).check();
    await approver.getByLabel('Votre nom', { exact: true }).fill('Chloé Bernard');
    const sign = approver.getByRole('button', { name: 'Signer et télécharger le fichier' });
    await expect(sign).toBeDisabled();
    await approver
      .getByRole('checkbox', { name: /J’ai lu l’avertissement ci-dessus sur les visas/ })
      .check();
    await expect(sign).toBeEnabled();
    await expectNoAxeViolations(approver);
  });

  await test.step('the approval state cut, or every sign-off removed: the referent’s browser says what is missing', async () => {
    const bare = cutAfter(rejected, 0, 'sans-visa.fabrik.json');
    await importFile(referent, bare);
    const alert = await expectImportStopped(referent, bare);
    await expect(alert.getByRole('listitem')).toHaveText([
      /^« Vérifié » par Bruno Martin \(vérification\)/,
      /^« Rejeté » par Chloé Bernard \(approbation\)/,
    ]);
    await referent.getByRole('button', { name: 'Ne pas importer' }).click();
    await expect(alert).toBeHidden();
    await openReview(referent, name);
    await expectStatus(referent, 'Rejeté');
  });

  await test.step('content changed and re-signed with new keys under the reviewers’ names', async () => {
    const forged = await resignedWithNewKeys(
      rejected,
      (prototype) => ({ ...prototype, name: `${prototype.name} (modifiée)` }),
      'refait.fabrik.json',
    );
    await importFile(referent, forged);
    const alert = await expectImportStopped(referent, forged);
    await expect(alert.getByRole('listitem')).toHaveText([
      /^Visa 1 \(vérification, Bruno Martin\) : signé avec une autre clé/,
      /^Visa 2 \(approbation, Chloé Bernard\) : signé avec une autre clé/,
    ]);
    await expectNoAxeViolations(referent);
  });

  await test.step('the referent’s prototype changed and resubmitted: nothing is flagged', async () => {
    await openReview(referent, name);
    await openStep(referent, 'Finalité');
    await referent.getByLabel('Pour qui ?').fill('Les résidents du centre-ville et des faubourgs.');
    await openStep(referent, 'Vérification');
    const second = await submitForVerification(referent);
    await importFile(verifier, second);
    await expect(verifier.getByRole('dialog')).toBeVisible();
    await expect(verifier.getByText(/n’a pas encore été importé/)).toBeHidden();
  });
});
