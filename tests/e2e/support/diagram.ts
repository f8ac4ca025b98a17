import { expect, type Page } from '@playwright/test';

/**
 * Finds an element of the diagram by its name with bpmn-js's search (Ctrl+F), once the
 * search box has the keys: a loaded machine may still be closing the naming box when
 * Ctrl+F is pressed, and the name typed then went nowhere.
 */
export async function findInDiagram(page: Page, name: string): Promise<void> {
  const search = page
    .getByRole('region', { name: 'Diagramme du processus' })
    .locator('.djs-search-container input');
  await expect(async () => {
    if (!(await search.isVisible())) await page.keyboard.press('ControlOrMeta+f');
    await expect(search).toBeFocused({ timeout: 1000 });
  }).toPass();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}
