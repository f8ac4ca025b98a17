import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { createPrototype, openStep } from './support/app';

test.use({ viewport: { width: 1280, height: 720 } });

const canvas = (page: Page) => page.getByRole('region', { name: 'Diagramme du processus' });

interface Fit {
  /** Shapes (by id) partly outside the window or under the palette. */
  outside: string[];
  /** The smallest label on screen, in CSS pixels: font size × the canvas's scale. */
  smallestLabel: number;
  shapes: number;
  scrollY: number;
}

/** Where the default diagram's shapes and labels are on screen, measured in the page. */
async function measure(page: Page): Promise<Fit> {
  return canvas(page).evaluate((region) => {
    const palette = region.querySelector('.djs-palette')?.getBoundingClientRect();
    const outside: string[] = [];
    const shapes = region.querySelectorAll<SVGGElement>('.djs-shape[data-element-id]');
    for (const shape of shapes) {
      const box = shape.querySelector('.djs-visual')!.getBoundingClientRect();
      const underPalette =
        palette !== undefined &&
        box.left < palette.right &&
        box.right > palette.left &&
        box.top < palette.bottom &&
        box.bottom > palette.top;
      const offScreen =
        box.left < 0 ||
        box.top < 0 ||
        box.right > window.innerWidth ||
        box.bottom > window.innerHeight;
      if (underPalette || offScreen) outside.push(shape.dataset.elementId!);
    }
    const sizes = [...region.querySelectorAll<SVGTextElement>('.djs-visual text')]
      .filter((text) => (text.textContent ?? '').trim() !== '')
      .map((text) => {
        const matrix = text.getScreenCTM()!;
        return parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
      });
    return {
      outside,
      // To a thousandth of a pixel: the browser keeps the svg's viewBox in single precision
      // (18 px reads 17.9999998).
      smallestLabel: Math.round(Math.min(...sizes) * 1000) / 1000,
      shapes: shapes.length,
      scrollY: window.scrollY,
    };
  });
}

async function openProcess(page: Page) {
  await createPrototype(page, 'Carte de stationnement');
  await openStep(page, /Traitement/);
  await expect(canvas(page).locator('[data-element-id="Task_Decide"]')).toBeVisible();
}

test('at 1280×720 the whole default diagram is in view, its labels at least 12 px, 18 px in presentation', async ({
  page,
}) => {
  await openProcess(page);
  const normal = await measure(page);
  // Every shape of the diagram, its external labels included (33 in all), nothing
  // scrolled, nothing under the palette or out of the window.
  expect(normal.shapes).toBe(33);
  expect(normal).toMatchObject({ outside: [], scrollY: 0 });
  expect(normal.smallestLabel).toBeGreaterThanOrEqual(12);
  await expectNoAxeViolations(page, { exclude: ['[aria-label="Diagramme du processus"]'] });

  // Presentation mode: the step full screen, the diagram fitted again with larger labels.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Alt+Shift+P');
  await expect(page.getByRole('button', { name: 'Quitter la présentation' })).toBeVisible();
  await expect(async () => {
    const presenting = await measure(page);
    expect(presenting).toMatchObject({ outside: [], scrollY: 0 });
    expect(presenting.smallestLabel).toBeGreaterThanOrEqual(18);
  }).toPass();
  await expectNoAxeViolations(page, { exclude: ['[aria-label="Diagramme du processus"]'] });

  // Back to the ordinary display: fitted as before.
  await page.getByRole('button', { name: 'Quitter la présentation' }).click();
  await expect(async () => {
    const back = await measure(page);
    expect(back).toMatchObject({ outside: [], scrollY: 0 });
    expect(back.smallestLabel).toBeLessThan(18);
  }).toPass();
});

test('« Grand affichage » keeps labels of 18 px, the start of the flow clear of the palette', async ({
  page,
}) => {
  await openProcess(page);
  await page.getByRole('button', { name: 'Grand affichage' }).click();
  await expect(async () => {
    const large = await measure(page);
    expect(large.smallestLabel).toBeGreaterThanOrEqual(18);
    // Too big to be whole at this size: it starts at its left, the rest reached by panning.
    expect(large.outside).not.toContain('StartEvent_Submitted');
    expect(large.outside).not.toContain('Gateway_Join');
  }).toPass();
  // Ctrl+arrow keys pan the diagram (said in the keyboard help the canvas points to).
  await expect(canvas(page)).toHaveAccessibleDescription(/Ctrl\+flèches/);
  const start = canvas(page).locator('[data-element-id="StartEvent_Submitted"]').first();
  const before = (await start.boundingBox())!.x;
  await canvas(page).locator('[data-element-id="Task_Decide"]').first().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+ArrowRight');
  await expect.poll(async () => (await start.boundingBox())!.x).toBeLessThan(before);
});

test('on a wider screen the panel is beside the whole diagram', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await openProcess(page);
  const side = await page.locator('.process__side').boundingBox();
  const frame = await canvas(page).boundingBox();
  if (!side || !frame) throw new Error('The step is not drawn.');
  expect(side.x).toBeGreaterThanOrEqual(frame.x + frame.width);
  // The text view's actions name their step: long names wrap in the column, never cut
  // off at its edge (« Ajouter une étape après « Vérifier la complétude du dossier » »).
  await expect(page.getByRole('heading', { name: 'Vue texte du processus' })).toBeVisible();
  const cutOff = await page.locator('.process__side').evaluate((column) => {
    const edge = column.getBoundingClientRect().right;
    return [...column.querySelectorAll('.process-text button, .process-text p')]
      .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
      .map((element) => element.textContent);
  });
  expect(cutOff).toEqual([]);
  await expect(async () => {
    const fit = await measure(page);
    expect(fit).toMatchObject({ outside: [], scrollY: 0 });
    expect(fit.smallestLabel).toBeGreaterThanOrEqual(12);
  }).toPass();
});

/** The canvas's scale: how many pixels one unit of the diagram takes on screen. */
const scaleOf = (page: Page) =>
  canvas(page)
    .locator('svg .viewport')
    .first()
    .evaluate((viewport) => (viewport as SVGGElement).getScreenCTM()!.a);

test('at 1280×720 the panel is under the diagram, which has the whole width', async ({ page }) => {
  await openProcess(page);
  const workspace = await page.locator('.process__workspace').boundingBox();
  const frame = await canvas(page).boundingBox();
  const side = await page.getByRole('region', { name: 'Élément sélectionné' }).boundingBox();
  if (!workspace || !frame || !side) throw new Error('The step is not drawn.');
  expect(frame.width).toBeGreaterThanOrEqual(workspace.width - 4);
  expect(side.y).toBeGreaterThanOrEqual(frame.y + frame.height);
  await expectNoAxeViolations(page, { exclude: ['[aria-label="Diagramme du processus"]'] });
});

test('a zoom the user chose survives a resize, the step’s help opened and presentation mode', async ({
  page,
}) => {
  await openProcess(page);
  const fitted = await scaleOf(page);
  await page.getByRole('button', { name: 'Zoom avant' }).click();
  await page.getByRole('button', { name: 'Zoom avant' }).click();
  const chosen = await scaleOf(page);
  expect(chosen).toBeCloseTo(fitted * 1.44, 3);

  // The window made lower, then back: the canvas takes the new height, the zoom stays.
  await page.setViewportSize({ width: 1280, height: 640 });
  await expect.poll(() => canvas(page).evaluate((region) => region.clientHeight)).toBeLessThan(600);
  await page.setViewportSize({ width: 1280, height: 720 });
  // The step's help unfolded above the diagram (which is given less height), and folded.
  await page.getByText('À propos de cette étape').click();
  await page.getByText('À propos de cette étape').click();
  // Presentation mode on and off.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Alt+Shift+P');
  await expect(page.getByRole('button', { name: 'Quitter la présentation' })).toBeVisible();
  await expect.poll(() => scaleOf(page)).toBeCloseTo(chosen, 3);
  await page.getByRole('button', { name: 'Quitter la présentation' }).click();
  await expect(page.getByRole('button', { name: 'Quitter la présentation' })).toBeHidden();
  expect(await scaleOf(page)).toBeCloseTo(chosen, 3);

  // « Ajuster » goes back to the fitted view, which a refit then keeps up to date.
  await page.getByRole('button', { name: 'Ajuster à l’écran' }).click();
  await expect.poll(() => scaleOf(page)).toBeCloseTo(fitted, 3);
  await page.keyboard.press('Alt+Shift+P');
  await expect(async () => {
    expect((await measure(page)).smallestLabel).toBeGreaterThanOrEqual(18);
  }).toPass();
});

/**
 * How far (in CSS pixels) the point of the diagram shown at the middle of the canvas moves
 * with `act`: a zoom keeps the middle of what is shown in place.
 */
async function middleDrift(page: Page, act: () => Promise<void>): Promise<number> {
  const middleOf = () =>
    canvas(page).evaluate((region) => {
      const box = region.querySelector('.djs-container')!.getBoundingClientRect();
      const viewport = region.querySelector<SVGGElement>('svg .viewport')!;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const inDiagram = new DOMPoint(x, y).matrixTransform(viewport.getScreenCTM()!.inverse());
      return { x, y, inDiagram: { x: inDiagram.x, y: inDiagram.y } };
    });
  const before = await middleOf();
  await act();
  return canvas(page).evaluate((region, { x, y, inDiagram }) => {
    const viewport = region.querySelector<SVGGElement>('svg .viewport')!;
    const now = new DOMPoint(inDiagram.x, inDiagram.y).matrixTransform(viewport.getScreenCTM()!);
    return Math.hypot(now.x - x, now.y - y);
  }, before);
}

test('after the window is made narrower, a zoom keeps the middle of the diagram in place', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 900 });
  await openProcess(page);
  const sizeOf = () =>
    canvas(page).evaluate((region) => ({ width: region.clientWidth, height: region.clientHeight }));
  const wide = await sizeOf();
  // Narrower, the panel still beside the diagram and the canvas as high: only its width
  // changes, which nothing told bpmn-js: a zoom centred on the old width drifted 24 px.
  await page.setViewportSize({ width: 1680, height: 900 });
  await expect.poll(async () => (await sizeOf()).width).toBeLessThan(wide.width - 150);
  expect((await sizeOf()).height).toBe(wide.height);
  const drift = await middleDrift(page, () =>
    page.getByRole('button', { name: 'Zoom avant' }).click(),
  );
  expect(drift).toBeLessThan(2);
});

test('after a zoom, a task created from the palette is drawn where it was clicked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openProcess(page);
  await page.getByRole('button', { name: 'Zoom avant' }).click();
  // An empty place of the requester's lane (x=650, y=135 in the diagram), on screen as drawn.
  const target = await canvas(page).evaluate((region) => {
    const viewport = region.querySelector<SVGGElement>('svg .viewport')!;
    const point = new DOMPoint(650, 135).matrixTransform(viewport.getScreenCTM()!);
    return { x: point.x, y: point.y };
  });
  const frame = (await canvas(page).boundingBox())!;
  expect(target.x).toBeGreaterThan(frame.x);
  expect(target.x).toBeLessThan(frame.x + frame.width);
  await canvas(page).getByRole('button', { name: 'Créer une tâche' }).click();
  await page.mouse.click(target.x, target.y);
  await page.keyboard.type('Ici');
  await page.keyboard.press('Enter');
  const task = canvas(page).locator('.djs-shape', { hasText: 'Ici' }).locator('.djs-visual > rect');
  const drawn = (await task.boundingBox())!;
  // Centred on the click, give or take bpmn-js's snapping to its 10-unit grid.
  expect(Math.abs(drawn.x + drawn.width / 2 - target.x)).toBeLessThan(12);
  expect(Math.abs(drawn.y + drawn.height / 2 - target.y)).toBeLessThan(12);
});
