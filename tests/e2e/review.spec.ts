import { expect, test } from '@playwright/test';
import { expectSaved, openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import {
  createReadyPrototype,
  decide,
  expectStatus,
  importFile,
  machineOf,
  reviewMachines,
  name,
  openReview,
  submitForVerification,
} from './support/review';

test('a prototype is submitted, reviewed, fixed, verified and approved between three machines; a file edited afterwards shows its broken sign-offs', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { referent, verifier, approver } = await reviewMachines(browser);

  const submitted = await test.step('the referent submits for verification', async () => {
    await createReadyPrototype(referent);
    await expect(referent.getByText('Points bloquants : 0 ;', { exact: false })).toBeVisible();
    await expectNoAxeViolations(referent);
    return submitForVerification(referent);
  });

  const changesRequested =
    await test.step('the verifier comments and requests changes', async () => {
      await importFile(verifier, submitted);
      await expect(
        verifier.getByText('C’est la soumission de la version n° 1, à vérifier', { exact: false }),
      ).toBeVisible();
      await openReview(verifier, name);
      await expect(verifier.getByRole('heading', { name: 'Votre vérification' })).toBeVisible();
      await expect(
        verifier.getByRole('img', { name: 'Diagramme BPMN du processus de traitement' }),
      ).toBeVisible();
      await verifier.getByRole('button', { name: 'Commenter sur « Finalité »' }).click();
      await verifier
        .getByLabel('Commentaire sur « Finalité »')
        .fill('Préciser les résidents secondaires.');
      await verifier.getByRole('button', { name: 'Ajouter le commentaire' }).click();
      await verifier
        .getByRole('button', { name: 'Commenter sur « Instruire la demande »' })
        .click();
      await verifier
        .getByLabel('Commentaire sur « Instruire la demande »')
        .fill('Qui instruit pendant les congés ?');
      await verifier.getByRole('button', { name: 'Ajouter le commentaire' }).click();
      await expect(verifier.getByRole('heading', { name: 'Vos commentaires (2)' })).toBeVisible();
      await expectNoAxeViolations(verifier);
      const file = await decide(
        verifier,
        'Modifications demandées',
        'À compléter.',
        'Bruno Martin',
      );
      await expectStatus(verifier, 'Modifications demandées');
      return file;
    });

  const resubmitted =
    await test.step('the referent reads the comments, fixes and resubmits', async () => {
      await importFile(referent, changesRequested);
      await referent
        .getByRole('dialog')
        .getByRole('button', { name: 'Enregistrer la relecture sur mon prototype' })
        .click();
      await openReview(referent, name);
      await expectStatus(referent, 'Modifications demandées');
      const received = referent.getByRole('region', { name: 'Commentaires reçus' });
      await expect(
        received.getByText('Préciser les résidents secondaires.', { exact: true }),
      ).toBeVisible();
      await expect(
        received.getByText('Traitement — Instruire la demande', { exact: false }),
      ).toBeVisible();
      await expect(referent.getByText('Modifications demandées par Bruno Martin')).toBeVisible();
      await expectNoAxeViolations(referent);
      await received
        .getByRole('checkbox', { name: 'Résolu — Préciser les résidents secondaires.' })
        .check();
      await expect(received.getByText('2 commentaires, dont 1 à traiter.')).toBeVisible();
      await openStep(referent, 'Finalité');
      await referent
        .getByLabel('Ce que la démarche ne couvrira pas')
        .fill('Les professionnels et les résidents secondaires.');
      await expectSaved(referent);
      await openStep(referent, 'Vérification');
      return submitForVerification(referent);
    });

  // Each file's name says what it is, so that nobody sends the wrong one.
  expect(submitted.name).toMatch(/-soumission-\d+-\d{4}-\d{2}-\d{2}\.fabrik\.json$/);
  expect(changesRequested.name).toMatch(/-v\d+-a-revoir-\d{4}-\d{2}-\d{2}\.fabrik\.json$/);

  const verified = await test.step('the verifier verifies the new version', async () => {
    await importFile(verifier, resubmitted);
    await verifier.getByRole('dialog').getByRole('button', { name: 'Remplacer' }).click();
    await openReview(verifier, name);
    await expectStatus(verifier, 'Soumis à vérification');
    return decide(verifier, 'Vérifié', 'Complet.', 'Bruno Martin');
  });

  const approved = await test.step('the approver approves, and prints the dossier', async () => {
    expect(verified.name).toMatch(/-v\d+-verifie-\d{4}-\d{2}-\d{2}\.fabrik\.json$/);
    await importFile(approver, verified);
    await openReview(approver, name);
    await expect(approver.getByRole('heading', { name: 'Votre approbation' })).toBeVisible();
    await expect(approver.getByText('Vérifié par Bruno Martin')).toBeVisible();
    await expect(approver.getByText('Signature vérifiée')).toBeVisible();
    const file = await decide(approver, 'Approuvé', 'Bon pour mise en ligne.', 'Chloé Bernard');
    await expectStatus(approver, 'Approuvé');

    await approver.getByRole('link', { name: /Dossier de visa/ }).click();
    const parts = [
      '1. Finalité',
      '2. Cadrage du projet et impacts',
      '3. Formulaire, tel que le voit le demandeur',
      '4. Processus de traitement',
      '5. Statuts, messages et engagements',
      '6. Exceptions et décisions',
      '7. Ateliers et équipe',
      '8. Scénarios joués',
      '9. Liste de contrôle',
      '10. Visas',
    ];
    await approver.emulateMedia({ media: 'print' });
    for (const part of parts) {
      await expect(approver.getByRole('heading', { level: 2, name: part })).toBeVisible();
    }
    await expect(
      approver.getByRole('img', { name: 'Diagramme BPMN du processus de traitement' }),
    ).toBeVisible();
    await expect(approver.getByText('Approuvé par Chloé Bernard')).toBeVisible();
    await expect(approver.getByText('Empreinte de la clé').first()).toBeVisible();
    await expect(approver.getByRole('navigation', { name: 'Étapes du prototype' })).toBeHidden();
    const pdf = await approver.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await approver.emulateMedia({ media: 'screen' });
    await expectNoAxeViolations(approver);
    return file;
  });

  await test.step('the referent records the approval', async () => {
    await importFile(referent, approved);
    await referent
      .getByRole('dialog')
      .getByRole('button', { name: 'Enregistrer la relecture sur mon prototype' })
      .click();
    const card = referent
      .getByRole('listitem')
      .filter({ has: referent.getByRole('link', { name, exact: true }) });
    await expect(card.getByText('Approuvé', { exact: true })).toBeVisible();
  });

  await test.step('one character edited in the approved file: the broken sign-offs are shown', async () => {
    const edited = approved.text.replace('Permettre aux résidents', 'Permettre aux résidentes');
    expect(edited).not.toBe(approved.text);
    const someone = await machineOf(browser);
    await importFile(someone, { name: 'modifie.fabrik.json', text: edited });
    const alert = someone
      .getByRole('alert')
      .filter({ hasText: 'ce fichier a été modifié après sa signature' });
    await expect(alert).toBeVisible();
    await expect(
      alert.getByText(/Le contenu du prototype a été modifié après l’export/),
    ).toBeVisible();
    await expect(
      alert.getByText(/visa 2 \(approbation, Chloé Bernard\) porte sur un autre contenu/),
    ).toContainText('Étapes modifiées depuis ce visa : Finalité.');
    await expectNoAxeViolations(someone);
    await someone.getByRole('button', { name: 'Ouvrir en lecture seule' }).click();
    await expect(
      someone.getByRole('heading', { level: 1, name: `« ${name} », en lecture seule` }),
    ).toBeVisible();
    await expect(someone.getByText('Visa invalide')).toHaveCount(2);
    await expect(someone.getByRole('button', { name: /Signer/ })).toHaveCount(0);
    await expectNoAxeViolations(someone);
    await someone.goto('/');
    await expect(
      someone.getByRole('heading', { name: 'Aucun prototype pour l’instant' }),
    ).toBeVisible();
  });

  await test.step('the referent’s name edited in the approved file: both signatures break', async () => {
    const edited = approved.text.replace('"by": "Awa Diallo"', '"by": "Quelqu’un d’autre"');
    expect(edited).not.toBe(approved.text);
    const someone = await machineOf(browser);
    await importFile(someone, { name: 'soumission-modifiee.fabrik.json', text: edited });
    const alert = someone
      .getByRole('alert')
      .filter({ hasText: 'ce fichier a été modifié après sa signature' });
    await expect(alert).toBeVisible();
    await expect(
      alert.getByText(/La signature du visa \d .* la soumission du référent/),
    ).toHaveCount(2);
  });
});
