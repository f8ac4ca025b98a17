import { expect, test, type Page } from '@playwright/test';
import { createPrototype, openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { startLiveServer, type LiveServerProcess } from './support/liveServer';
import { join, liveBar, share } from './support/liveWorkshop';
import { addByClick, canvas } from './form-designer.support';

/**
 * Two people on their own devices (browser contexts) with the workshop server on SQLite:
 * each sees what the other selected, and the diagram is edited by one at a time.
 */
test.describe('atelier en direct : présence et diagramme', () => {
  test.describe.configure({ mode: 'serial' });
  // Two browsers and a server process share two cores: generous, never a measure.
  test.setTimeout(300_000);
  let server: LiveServerProcess;
  test.beforeAll(async () => {
    server = await startLiveServer(1742);
  });
  test.afterAll(async () => {
    await server.stop();
  });

  const diagram = (person: Page) => person.getByRole('region', { name: 'Diagramme du processus' });
  const shape = (person: Page, id: string) =>
    diagram(person).locator(`.djs-element[data-element-id="${id}"]`).first();
  // bpmn-js wraps a long name over lines, with no space where a line breaks.
  const drawnName = (name: string) =>
    new RegExp(
      `^${name
        .split(' ')
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s*')}$`,
    );
  const elementPanel = (person: Page) =>
    person.getByRole('region', { name: 'Élément sélectionné' });
  // A name is typed by a person: it must be shown as these very characters.
  const bobName = 'Bob <i>B.</i>';

  test('each person’s colour and name on the field and the process element they selected', async ({
    page,
    browser,
  }) => {
    await createPrototype(page, 'Carte de stationnement');
    const { dialog, links } = await share(page, server.url);
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    const bob = await join(browser, links.editor, bobName);

    await openStep(page, /Formulaire/);
    await addByClick(page, 'Adresse électronique', 'Courriel du demandeur');
    await openStep(bob, /Formulaire/);
    await canvas(bob)
      .getByRole('button', { name: /^Courriel du demandeur/ })
      .click();

    // The referent sees Bob's name, on Bob's colour, on the field Bob selected.
    const row = canvas(page).getByRole('listitem').filter({ hasText: 'Courriel du demandeur' });
    const tag = row.getByText(bobName);
    await expect(tag).toBeVisible();
    await expect(row.getByText(`Sélectionné par ${bobName}`)).toHaveCount(1);
    const bobColour = await tag.evaluate((element) => getComputedStyle(element).backgroundColor);
    const dotColour = await liveBar(page)
      .getByRole('listitem')
      .filter({ hasText: bobName })
      .locator('.live-participant__dot')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(bobColour).toBe(dotColour);
    // Bob does not see his own name on it; the referent selects it too and Bob sees theirs.
    await expect(canvas(bob).getByText(bobName)).toHaveCount(0);
    await canvas(page)
      .getByRole('button', { name: /^Courriel du demandeur/ })
      .click();
    await expect(canvas(bob).getByText('Référente')).toBeVisible();
    await expectNoAxeViolations(page);

    // Bob selects another field: his name moves with his selection.
    await addByClick(page, 'Texte court', 'Nom de famille');
    await canvas(bob)
      .getByRole('button', { name: /^Nom de famille/ })
      .click();
    await expect(
      canvas(page).getByRole('listitem').filter({ hasText: 'Nom de famille' }).getByText(bobName),
    ).toBeVisible();
    await expect(row.getByText(bobName)).toHaveCount(0);

    // In the diagram: Bob's name on the step he selected.
    await openStep(page, /Traitement/);
    await openStep(bob, /Traitement/);
    await expect(row).toHaveCount(0);
    await shape(bob, 'Task_Decide').click();
    const overlay = diagram(page).getByText(bobName);
    await expect(overlay).toBeVisible();
    const taskBox = (await shape(page, 'Task_Decide').boundingBox())!;
    const overlayBox = (await overlay.boundingBox())!;
    expect(Math.abs(overlayBox.x - taskBox.x)).toBeLessThan(30);
    expect(Math.abs(overlayBox.y + overlayBox.height - taskBox.y)).toBeLessThan(30);
    await shape(bob, 'Task_Examine').click();
    await expect(overlay).toHaveCount(1);
    const moved = (await shape(page, 'Task_Examine').boundingBox())!;
    expect(Math.abs((await overlay.boundingBox())!.x - moved.x)).toBeLessThan(30);
    await expectNoAxeViolations(page);
    await bob.context().close();
  });

  test('the diagram is read-only for whoever does not hold it, and passes on when its holder leaves', async ({
    page,
    browser,
  }) => {
    await createPrototype(page, 'Permis de végétaliser');
    const { dialog, links } = await share(page, server.url);
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    const bob = await join(browser, links.editor, 'Bob');
    await openStep(page, /Traitement/);
    await openStep(bob, /Traitement/);
    const rename = async (person: Page, id: string, name: string) => {
      await shape(person, id).click();
      await elementPanel(person).getByLabel('Nom', { exact: true }).fill(name);
      await person.keyboard.press('Tab');
    };

    // The referent changes the diagram, and so holds it.
    await rename(page, 'Task_Decide', 'Décider de la demande');
    const notice = bob.getByText(/^Référente modifie le diagramme en ce moment/);
    await expect(notice).toBeVisible();
    await expect(diagram(bob).getByText(drawnName('Décider de la demande'))).toBeVisible();

    // Bob sees it but cannot change it: no palette, no context pad, no editing, no moves.
    await expect(diagram(bob).locator('.djs-palette')).toBeHidden();
    await shape(bob, 'Task_Examine').click();
    await expect(diagram(bob).locator('.djs-context-pad')).toBeHidden();
    await expect(elementPanel(bob).getByLabel('Nom', { exact: true })).toBeDisabled();
    await expect(bob.getByRole('button', { name: 'Importer un fichier .bpmn' })).toBeDisabled();
    // Where the shape sits in the diagram, and where Bob sees it in the canvas (the page
    // around it may scroll: the panel is below).
    const placed = () => shape(bob, 'Task_Examine').getAttribute('transform');
    const canvasBox = () => diagram(bob).locator('.djs-container').boundingBox();
    const inView = async () => {
      const [box, frame] = [await shape(bob, 'Task_Examine').boundingBox(), await canvasBox()];
      return { x: box!.x - frame!.x, y: box!.y - frame!.y };
    };
    await diagram(bob).locator('.djs-container').scrollIntoViewIfNeeded();
    const placedBefore = await placed();
    const seenBefore = await inView();
    const before = (await shape(bob, 'Task_Examine').boundingBox())!;
    const frame = (await canvasBox())!;
    // Dragged to the canvas's lower edge on screen, where a shape being moved would scroll
    // the view on its own: the view pans with the pointer instead, as in any viewer.
    const lowerEdge = Math.min(frame.y + frame.height, bob.viewportSize()!.height) - 8;
    const grab = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
    await bob.mouse.move(grab.x, grab.y);
    await bob.mouse.down();
    await bob.mouse.move(grab.x + 60, lowerEdge, { steps: 8 });
    // Held there long enough for a scroll of its own to show.
    await bob.waitForTimeout(300);
    await bob.mouse.up();
    const seen = await inView();
    expect(seen.x - seenBefore.x).toBeCloseTo(60, 0);
    expect(seen.y - seenBefore.y).toBeCloseTo(lowerEdge - grab.y, 0);
    await bob.keyboard.press('Delete');
    await shape(bob, 'Task_Examine').dblclick();
    await expect(diagram(bob).getByRole('textbox')).toHaveCount(0);
    expect(await placed()).toBe(placedBefore);
    await expect(shape(page, 'Task_Examine')).toBeVisible();
    await expect(liveBar(bob).getByRole('alert')).toHaveCount(0);
    await expectNoAxeViolations(bob);

    // The referent goes on; Bob sees it live.
    await rename(page, 'Task_Examine', 'Examiner le dossier');
    await expect(diagram(bob).getByText(drawnName('Examiner le dossier'))).toBeVisible();

    // The referent's connection drops: the diagram is Bob's to edit at once.
    await page.context().setOffline(true);
    await expect(notice).toBeHidden({ timeout: 30_000 });
    await expect(diagram(bob).locator('.djs-palette')).toBeVisible();
    await rename(bob, 'Task_Examine', 'Examiner la demande');
    await expect(diagram(bob).getByText(drawnName('Examiner la demande'))).toBeVisible();

    // Back online, the referent sees Bob's change and now follows it read-only.
    await page.context().setOffline(false);
    await expect(diagram(page).getByText(drawnName('Examiner la demande'))).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByText(/^Bob modifie le diagramme en ce moment/)).toBeVisible();
    await expect(diagram(page).locator('.djs-palette')).toBeHidden();
  });

  test('everyone but viewers votes on what to decide for an exception; the tally goes into the review', async ({
    page,
    browser,
  }) => {
    await createPrototype(page, 'Aide au permis de conduire');
    await page.getByRole('button', { name: 'Noter une exception' }).click();
    await page.getByRole('dialog').getByLabel('De quel cas s’agit-il ?').fill('Demandeur mineur');
    await page.getByRole('dialog').getByRole('button', { name: 'Noter', exact: true }).click();
    const { dialog, links } = await share(page, server.url);
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    const camille = await join(browser, links.commenter, 'Camille <b>C.</b>');
    const vera = await join(browser, links.viewer, 'Vera');
    for (const person of [page, camille, vera]) await openStep(person, /Exceptions/);
    const say = (person: Page) =>
      person
        .getByRole('article', { name: 'Demandeur mineur' })
        .getByRole('region', { name: 'Avis de l’atelier' });

    // The commenter votes, then changes their mind: one vote, the new choice.
    await say(camille).getByRole('button', { name: 'Traitée dans ce prototype (0)' }).click();
    await expect(
      say(page).getByRole('button', { name: 'Traitée dans ce prototype (1)' }),
    ).toBeVisible();
    await say(camille).getByRole('button', { name: 'À traiter plus tard (0)' }).click();
    await expect(say(page).getByRole('button', { name: 'À traiter plus tard (1)' })).toBeVisible();
    await expect(
      say(page).getByRole('button', { name: 'Traitée dans ce prototype (0)' }),
    ).toBeVisible();
    await expect(
      say(camille).getByRole('button', { name: 'À traiter plus tard (1)' }),
    ).toHaveAttribute('aria-pressed', 'true');
    // The referent votes too.
    await say(page).getByRole('button', { name: 'À traiter plus tard (1)' }).click();
    await expect(
      say(camille).getByRole('button', { name: 'À traiter plus tard (2)' }),
    ).toBeVisible();

    // A comment on the exception the commenter opened is about that exception.
    await camille.getByRole('button', { name: 'Compléter « Demandeur mineur »' }).click();
    await liveBar(camille)
      .getByRole('button', { name: /^Commentaires/ })
      .click();
    await expect(liveBar(camille).getByText('Sur : Demandeur mineur')).toBeVisible();
    await camille.getByLabel('Votre commentaire').fill('Avec l’accord des parents ?');
    await camille.getByRole('button', { name: 'Commenter' }).click();
    await liveBar(page)
      .getByRole('button', { name: /^Commentaires \(1\)/ })
      .click();
    await expect(
      liveBar(page).getByRole('article', { name: /Avec l’accord des parents/ }),
    ).toContainText('Sur : Demandeur mineur');

    // The viewer sees the tally but has nothing to vote with.
    await expect(say(vera).getByText('À traiter plus tard (2)')).toBeVisible();
    await expect(say(vera).getByRole('button')).toHaveCount(0);
    await expectNoAxeViolations(camille);
    await expectNoAxeViolations(vera);

    // What the verifier reads: who would decide what, names as text.
    await openStep(page, /Vérification/);
    const exceptions = page.getByRole('region', { name: /Exceptions/ });
    await expect(exceptions.getByRole('columnheader', { name: 'Avis de l’atelier' })).toBeVisible();
    await expect(
      exceptions.getByText('Traitée plus tard : 2 (Camille <b>C.</b>, Référente)'),
    ).toBeVisible();
    await camille.context().close();
    await vera.context().close();
  });
});
