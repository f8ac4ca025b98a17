import { expect, test, type Page } from '@playwright/test';
import { createPrototype, expectSaved, openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { startLiveServer, type LiveServerProcess, type LiveStoreKind } from './support/liveServer';
import { liveBar, join, share } from './support/liveWorkshop';
import { addByClick, canvas, properties } from './form-designer.support';

/**
 * Three people on their own devices (browser contexts): the referent who shares, a second
 * editor, and a viewer; the same suite on SQLite, on PostgreSQL, and on two instances kept
 * in step by Redis (the referent on one, the others on the other).
 */
const setups: { name: string; store: LiveStoreKind; instances: number; port: number }[] = [
  { name: 'SQLite', store: 'sqlite', instances: 1, port: 1730 },
  { name: 'PostgreSQL', store: 'postgres', instances: 1, port: 1733 },
  { name: 'deux instances et Redis', store: 'postgres', instances: 2, port: 1736 },
];

/** A share link sent to another instance, as a load balancer would. */
function through(link: string, serverUrl: string) {
  const url = new URL(link);
  const params = new URLSearchParams(url.hash.slice(1));
  params.set('s', serverUrl);
  url.hash = params.toString();
  return url.toString();
}

for (const setup of setups) {
  test.describe(`atelier en direct (${setup.name})`, () => {
    test.describe.configure({ mode: 'serial' });
    // Three browsers and a server process share two cores: generous, never a measure.
    test.setTimeout(400_000);
    const servers: LiveServerProcess[] = [];
    const prefix = `fabrik-e2e-${setup.port}-${Date.now()}`;
    const schema = `fabrik_e2e_${setup.port}_${Date.now()}`;

    test.beforeAll(async () => {
      for (let index = 0; index < setup.instances; index++) {
        servers.push(
          await startLiveServer(setup.port + index, {
            store: setup.store,
            schema,
            ...(setup.instances > 1 ? { redisPrefix: prefix } : {}),
          }),
        );
      }
    });
    test.afterAll(async () => {
      await Promise.all(servers.map((server) => server.stop()));
    });

    const referentServer = () => servers[0]!.url;
    const othersServer = () => servers.at(-1)!.url;

    test('three people edit, follow and comment live; the server refuses the viewer’s change', async ({
      page,
      browser,
    }) => {
      await createPrototype(page, 'Carte de stationnement');
      const { dialog, links } = await share(page, referentServer());
      await dialog.getByRole('button', { name: 'QR code' }).first().click();
      await expect(dialog.getByRole('img', { name: /QR code du lien spectateur/ })).toBeVisible();
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Fermer' }).click();

      const editor = await join(browser, through(links.editor, othersServer()), 'Bob');
      const viewer = await join(browser, through(links.viewer, othersServer()), 'Vera');
      await expect(liveBar(page).getByText('Bob', { exact: true })).toBeVisible();
      await expect(liveBar(page).getByText('Vera', { exact: true })).toBeVisible();
      await expect(liveBar(viewer).getByText(/^Vera \(vous\)$/)).toBeVisible();
      await expectNoAxeViolations(viewer);

      // Two people on two purpose items at once.
      await Promise.all([
        page.getByLabel('Pour qui ?').fill('Les résidents du centre-ville.'),
        editor.getByLabel('Service responsable').fill('Direction de la mobilité'),
      ]);
      for (const person of [page, editor, viewer]) {
        await expect(person.getByLabel('Pour qui ?')).toHaveValue('Les résidents du centre-ville.');
        await expect(person.getByLabel('Service responsable')).toHaveValue(
          'Direction de la mobilité',
        );
      }

      // One on the form, the other on the process.
      await openStep(page, /Formulaire/);
      await openStep(editor, /Traitement/);
      await addByClick(page, 'Adresse électronique', 'Courriel du demandeur');
      const diagram = (person: Page) =>
        person.getByRole('region', { name: 'Diagramme du processus' });
      // Drawn over two lines, one text element with no space where the line breaks.
      const decideName = /^Décider\s*de\s*la\s*carte$/;
      await diagram(editor).locator('[data-element-id="Task_Decide"]').first().click();
      await editor
        .getByRole('region', { name: 'Élément sélectionné' })
        .getByLabel('Nom', { exact: true })
        .fill('Décider de la carte');
      await editor.keyboard.press('Tab');
      await expect(diagram(editor).getByText(decideName)).toBeVisible();
      await openStep(editor, /Formulaire/);
      await expect(
        canvas(editor).getByRole('button', { name: 'Déplacer « Courriel du demandeur »' }),
      ).toBeVisible();
      await openStep(page, /Traitement/);
      await expect(diagram(page).getByText(decideName)).toBeVisible();

      // The viewer types; the server refuses, and the shared prototype comes back.
      await viewer.getByLabel('Pour qui ?').fill('Modifié par la spectatrice');
      await expect(liveBar(viewer).getByRole('alert')).toContainText(
        'Le serveur a refusé votre modification',
      );
      await expect(viewer.getByLabel('Pour qui ?')).toHaveValue('Les résidents du centre-ville.');
      await expect(page.getByLabel('Pour qui ?')).toHaveCount(0);
      await openStep(page, /Finalité/);
      await expect(page.getByLabel('Pour qui ?')).toHaveValue('Les résidents du centre-ville.');

      // A comment appears live, as text.
      await liveBar(editor)
        .getByRole('button', { name: /^Commentaires/ })
        .click();
      await editor.getByLabel('Votre commentaire').fill('<b>Faut-il</b> le numéro fiscal ?');
      await editor.getByRole('button', { name: 'Commenter' }).click();
      await liveBar(page)
        .getByRole('button', { name: /^Commentaires \(1\)/ })
        .click();
      await expect(page.getByText('<b>Faut-il</b> le numéro fiscal ?')).toBeVisible();
      await page.getByRole('button', { name: 'Pour (0)' }).click();
      await expect(editor.getByRole('button', { name: 'Pour (1)' })).toBeVisible();
      await expectNoAxeViolations(page);

      // Each person's undo takes back only their own change.
      await openStep(editor, /Finalité/);
      await page.getByLabel('Base légale ou réglementaire').fill('Arrêté 2024-118');
      await editor
        .getByLabel('Pourquoi cette démarche existe-t-elle ?')
        .fill('Stationner près de chez soi.');
      await expect(page.getByLabel('Pourquoi cette démarche existe-t-elle ?')).toHaveValue(
        'Stationner près de chez soi.',
      );
      await page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }).click();
      await page.keyboard.press('Control+z');
      await expect(page.getByLabel('Base légale ou réglementaire')).toHaveValue('');
      await expect(page.getByLabel('Pourquoi cette démarche existe-t-elle ?')).toHaveValue(
        'Stationner près de chez soi.',
      );
      await expect(editor.getByLabel('Base légale ou réglementaire')).toHaveValue('');
      await expectSaved(page);

      // The viewer follows the referent: to the step, and to the field the referent selects.
      await liveBar(viewer).getByLabel('Suivre le référent').check();
      await openStep(page, /Formulaire/);
      await expect(viewer.getByRole('heading', { level: 1, name: /Formulaire/ })).toBeVisible();
      await canvas(page)
        .getByRole('button', { name: /^Courriel du demandeur/ })
        .click();
      // The referent's line says where they are; the viewer, following, is there too.
      const referentLine = liveBar(viewer).getByRole('listitem').filter({ hasText: '(référent)' });
      await expect(referentLine).toContainText('Formulaire · « Courriel du demandeur »');
      await expect(properties(viewer).getByLabel('Libellé', { exact: true })).toHaveValue(
        'Courriel du demandeur',
      );
    });

    test('offline changes merge on reconnect, and a killed server loses nothing it acknowledged', async ({
      page,
      browser,
    }) => {
      await createPrototype(page, 'Permis de végétaliser');
      const { dialog, links } = await share(page, referentServer());
      await dialog.getByRole('button', { name: 'Fermer' }).click();
      const editor = await join(browser, through(links.editor, othersServer()), 'Bob');

      await editor.context().setOffline(true);
      await expect(liveBar(editor).getByRole('status')).toHaveText(/Hors ligne/);
      await editor.getByLabel('Pour qui ?').fill('Écrit hors ligne');
      await page.getByLabel('Service responsable').fill('Écrit en ligne');
      await editor.context().setOffline(false);
      // Reconnecting means a new socket, authentication and a sync round: on two loaded
      // cores that can take longer than the usual wait.
      for (const person of [page, editor]) {
        await expect(person.getByLabel('Pour qui ?')).toHaveValue('Écrit hors ligne', {
          timeout: 30_000,
        });
        await expect(person.getByLabel('Service responsable')).toHaveValue('Écrit en ligne', {
          timeout: 30_000,
        });
      }

      // Acknowledged, then the server dies at once.
      await page.getByLabel('Base légale ou réglementaire').fill('Délibération du 12 mars');
      await expect(editor.getByLabel('Base légale ou réglementaire')).toHaveValue(
        'Délibération du 12 mars',
      );
      // Nobody is left to send it again: what the late viewer sees comes from the server's store.
      await editor.context().close();
      await page.context().close();
      for (const server of servers) await server.kill();
      for (const server of servers) await server.restart();

      const late = await join(browser, through(links.viewer, othersServer()), 'Vera');
      await expect(late.getByLabel('Base légale ou réglementaire')).toHaveValue(
        'Délibération du 12 mars',
      );
      await expect(late.getByLabel('Pour qui ?')).toHaveValue('Écrit hors ligne');
    });
  });
}
