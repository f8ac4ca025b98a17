import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import {
  addByClick,
  canvas,
  canvasLabels,
  dragTo,
  openDesigner,
  palette,
  preview,
  properties,
} from './form-designer.support';

// Every type of the palette, in its order.
const paletteTypes = [
  'Texte court',
  'Texte long',
  'Nombre',
  'Montant en euros',
  'Date',
  'Adresse électronique',
  'Numéro de téléphone',
  'Oui / non',
  'Choix unique',
  'Liste déroulante',
  'Choix multiples',
  'Case de consentement',
  'Adresse postale',
  'Pièce justificative',
  'Identité',
  'SIRET',
  'IBAN',
  'Section',
  'Texte explicatif',
  'Bloc répétable',
];

/** Drags with the mouse to a point of the screen, in small steps as dnd-kit needs. */
async function dragToPoint(page: Page, from: Locator, to: { x: number; y: number }) {
  const start = await from.boundingBox();
  if (!start) throw new Error('Nothing to drag');
  const x = start.x + start.width / 2;
  const y = start.y + start.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 10, y + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.move(to.x, to.y + 1, { steps: 2 });
  await page.mouse.up();
}

/** Where to aim: just inside the top edge of the first field, or just below the last one. */
async function aimAt(page: Page, where: 'top' | 'bottom') {
  const rows = canvas(page).getByRole('listitem');
  const row = where === 'top' ? rows.first() : rows.last();
  // The canvas scrolls by itself: bring the place in sight, as the referent would with the wheel.
  await row.scrollIntoViewIfNeeded();
  const box = (await row.boundingBox())!;
  return { x: box.x + box.width / 2, y: where === 'top' ? box.y + 3 : box.y + box.height + 8 };
}

/** The label of a new field, once dropped: typed into its focused label box. */
async function nameDropped(page: Page, type: string, label: string) {
  const box = properties(page).getByRole('textbox', {
    name: /^(Libellé|Phrase à accepter|Titre du bloc|Titre de la section|Titre \(facultatif\))$/,
  });
  // The new field's box (it starts with the type's name), not the last one's, still focused.
  await expect(box).toHaveValue(type);
  await expect(box).toBeFocused();
  // The default label is selected: typing replaces it.
  await page.keyboard.type(label);
  await expect(canvas(page).getByRole('button', { name: `Déplacer « ${label} »` })).toBeVisible();
}

/** The label and the justification of the selected field, in sight without scrolling the panel. */
async function expectFirstPropertiesInSight(page: Page) {
  await expect(properties(page).getByRole('textbox').first()).toBeInViewport({ ratio: 1 });
  const justification = properties(page).getByLabel(
    'Pourquoi avons-nous besoin de cette information ?',
  );
  if ((await justification.count()) > 0) await expect(justification).toBeInViewport({ ratio: 1 });
  expect(await properties(page).evaluate((panel) => panel.scrollTop)).toBe(0);
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1600, height: 1000 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('every palette type is dragged to the top and to the bottom of a 15-field form', async ({
      page,
    }) => {
      // 40 drags, each checked: over four minutes when several runs share two cores.
      test.setTimeout(480_000);
      await openDesigner(page, 'Demande de subvention');
      const fields = Array.from({ length: 15 }, (_, index) => `Question ${index + 1}`);
      for (const label of fields) await addByClick(page, 'Texte court', label);

      // The referent scrolls the page once: the workspace then fills the screen.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const scrolled = await page.evaluate(() => window.scrollY);
      for (const type of paletteTypes) {
        await expect(palette(page).getByRole('button', { name: type, exact: true })).toBeInViewport(
          { ratio: 1 },
        );
      }

      const tops: string[] = [];
      const bottoms: string[] = [];
      for (const [index, type] of paletteTypes.entries()) {
        const item = palette(page).getByRole('button', { name: type, exact: true });

        await dragToPoint(page, item, await aimAt(page, 'top'));
        tops.unshift(`Haut ${index + 1}`);
        await nameDropped(page, type, tops[0]!);
        expect((await canvasLabels(page))[0]).toBe(tops[0]);
        await expectFirstPropertiesInSight(page);

        await dragToPoint(page, item, await aimAt(page, 'bottom'));
        bottoms.push(`Bas ${index + 1}`);
        await nameDropped(page, type, bottoms.at(-1)!);
        expect((await canvasLabels(page)).at(-1)).toBe(bottoms.at(-1));
        await expectFirstPropertiesInSight(page);

        // The page itself never scrolled under a drag.
        expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      }
      expect(await canvasLabels(page)).toEqual([...tops, ...fields, ...bottoms]);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('a quick drop on a busy machine', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a field lands where the pointer lets go, even before the page has drawn the last move', async ({
    page,
  }) => {
    await openDesigner(page, 'Carte de cantine');
    for (const label of ['Nom', 'Prénom', 'École']) await addByClick(page, 'Texte court', label);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const top = await aimAt(page, 'top');
    const bottom = await aimAt(page, 'bottom');

    // Dragged to the top of the form, and drawn there…
    const item = palette(page).getByRole('button', { name: 'Nombre', exact: true });
    const start = (await item.boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(top.x, top.y, { steps: 8 });
    await page.evaluate(
      () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))),
    );
    // …then a flick to the bottom and the release in the same moment, as on a busy machine
    // where the release comes before the page draws the last move.
    await page.evaluate(({ x, y }) => {
      const under = document.elementFromPoint(x, y)!;
      const pointer = { bubbles: true, clientX: x, clientY: y, isPrimary: true, pointerId: 1 };
      under.dispatchEvent(new PointerEvent('pointermove', pointer));
      under.dispatchEvent(new PointerEvent('pointerup', pointer));
    }, bottom);
    await page.mouse.up();

    await nameDropped(page, 'Nombre', 'Nombre d’enfants');
    expect(await canvasLabels(page)).toEqual(['Nom', 'Prénom', 'École', 'Nombre d’enfants']);
  });
});

test.describe('reflow (WCAG 1.4.10)', () => {
  for (const size of [
    { width: 320, height: 720 },
    // 1280×720 at 200 % zoom.
    { width: 640, height: 360 },
  ]) {
    test(`at ${size.width}×${size.height}, one column: no sideways scrolling, no panel over the form`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await openDesigner(page, 'Carte de bus');
      for (const label of ['Nom', 'Prénom', 'Date de naissance', 'Adresse', 'Établissement']) {
        await addByClick(page, 'Texte court', label);
      }
      await canvas(page)
        .getByRole('button', { name: /^Prénom Texte court/ })
        .click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        size.width,
      );

      // Scrolled to the middle of the form, and to the properties: nothing slides over the form.
      for (const target of [
        canvas(page).getByRole('button', { name: 'Déplacer « Date de naissance »' }),
        properties(page).getByRole('textbox', { name: 'Libellé' }),
      ]) {
        await target.scrollIntoViewIfNeeded();
        const form = (await canvas(page).boundingBox())!;
        for (const panel of [palette(page), properties(page)]) {
          const box = (await panel.boundingBox())!;
          const apart = box.y + box.height <= form.y || form.y + form.height <= box.y;
          expect(apart, `${await panel.getAttribute('class')} overlaps the form`).toBe(true);
        }
      }
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('the preview in the room', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('errors show when a typed-in box is left or on checking, never on a block just added, and take no click', async ({
    page,
  }) => {
    await openDesigner(page, 'Inscription périscolaire');
    await addByClick(page, 'Adresse électronique', 'Courriel');
    await addByClick(page, 'Oui / non', 'Déjà inscrit ?');
    await addByClick(page, 'Bloc répétable', 'Enfants');
    await properties(page).getByLabel('Nom d’un élément du bloc').fill('Enfant');
    await dragTo(
      page,
      palette(page).getByRole('button', { name: 'Texte court', exact: true }),
      canvas(page).getByText('Déposez des champs dans ce bloc'),
    );
    await nameDropped(page, 'Texte court', 'Prénom');
    await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();

    // Leaving a box with a wrong value for a choice below it: one click, and the choice is made.
    const form = preview(page);
    await form.getByLabel(/^Courriel/).fill('pas-une-adresse');
    await form.getByRole('radio', { name: 'Oui' }).click();
    await expect(form.getByRole('radio', { name: 'Oui' })).toBeChecked();
    await expect(form.getByText(/Saisissez une adresse électronique valide/)).toBeVisible();

    // A block added: its empty boxes say nothing until the person checks the page.
    await form.getByRole('button', { name: 'Ajouter : Enfant' }).click();
    const firstName = form.getByRole('textbox', { name: /^Prénom/ }).last();
    await expect(firstName).toBeFocused();
    await form.getByRole('radio', { name: 'Non' }).click();
    await expect(form.getByRole('radio', { name: 'Non' })).toBeChecked();
    await expect(form.getByText('Ce champ est obligatoire.')).toHaveCount(0);
    await expect(firstName).not.toHaveAttribute('aria-invalid', 'true');

    await form.getByRole('button', { name: 'Vérifier mes réponses' }).click();
    await expect(form.getByRole('alert')).toBeFocused();
    await expect(firstName).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
  });
});
