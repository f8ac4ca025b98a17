import { expect, type Locator, type Page } from '@playwright/test';
import { createPrototype, openStep } from './support/app';

/** A new prototype, on its form step. */
export async function openDesigner(page: Page, name: string): Promise<void> {
  await createPrototype(page, name);
  await openStep(page, /Formulaire/);
  await expect(page.getByRole('heading', { level: 1, name: 'Formulaire' })).toBeVisible();
}

export const canvas = (page: Page) => page.getByRole('region', { name: 'Le formulaire' });
export const palette = (page: Page) => page.getByRole('region', { name: 'Types de champ' });
export const properties = (page: Page) => page.getByRole('region', { name: 'Propriétés' });
export const preview = (page: Page) => page.getByRole('region', { name: /Aperçu : le formulaire/ });

/** The labels of the fields on the canvas, in order (nested ones included). */
export async function canvasLabels(page: Page): Promise<string[]> {
  return canvas(page)
    .getByRole('button', { name: /^Déplacer « (.*) »$/ })
    .evaluateAll((handles) =>
      handles.map((handle) => /« (.*) »/.exec(handle.getAttribute('aria-label') ?? '')?.[1] ?? ''),
    );
}

/** Clicks a palette type (it goes after the selected field) and names it. */
export async function addByClick(page: Page, type: string, label: string): Promise<void> {
  await palette(page).getByRole('button', { name: type, exact: true }).click();
  const box = properties(page).getByRole('textbox', {
    name: /^(Libellé|Phrase à accepter|Titre du bloc|Titre de la section)$/,
  });
  await expect(box).toBeFocused();
  await page.keyboard.type(label);
  await expect(canvas(page).getByRole('button', { name: `Déplacer « ${label} »` })).toBeVisible();
}

/** Drags with the mouse from one element to the middle of another, in small steps as a hand would. */
export async function dragTo(
  page: Page,
  from: Locator,
  to: Locator,
  position: 'top' | 'middle' = 'middle',
) {
  await from.scrollIntoViewIfNeeded();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('Nothing to drag, or nowhere to drop');
  const x = start.x + start.width / 2;
  const y = start.y + start.height / 2;
  const targetX = end.x + end.width / 2;
  const targetY = position === 'top' ? end.y + 3 : end.y + end.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 10, y + 10, { steps: 3 });
  await page.mouse.move(targetX, targetY, { steps: 12 });
  await page.mouse.move(targetX, targetY + 1, { steps: 2 });
  await page.mouse.up();
}

/** Presses Tab (or Shift+Tab) until the element has focus: moving around as a keyboard user does. */
export async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  const handle = await target.elementHandle();
  for (let presses = 0; presses < 250; presses++) {
    if (await page.evaluate((element) => document.activeElement === element, handle)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('Could not reach the element with Tab');
}
