import { expect, test, type Locator, type Page } from '@playwright/test';
import { createPrototype, expectSaved, openStep } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import {
  downloadFrom,
  endPrint,
  expectChromeHiddenInPrint,
  printDocument,
  printToPdf,
  readCsv,
  readDocxAltTexts,
  readDocxText,
} from './support/documents';

const breakBefore = (heading: Locator) =>
  heading.evaluate((element) => getComputedStyle(element).breakBefore);

const name = 'Carte de stationnement résident';
const title = `Cadrage du projet — ${name}`;
const chartText = 'Part attendue des demandes par canal : En ligne 80 % ; Guichet 20 %.';

/** Answers part of the frame, then opens it as a document. */
async function frameAndRead(page: Page) {
  await createPrototype(page, name);
  await openStep(page, /Cadrage/);
  await page.getByLabel('Type de territoire').selectOption({ label: 'Commune' });
  await page.getByLabel('Nom du territoire').fill('Villeneuve-sur-Lot');
  await page.getByRole('button', { name: 'Ajouter un poste' }).click();
  await page.getByLabel('Poste de dépense').fill('Licence; maintenance');
  await page.getByLabel('Montant (€)').fill('1200');
  await page.getByRole('button', { name: 'Ajouter un objectif' }).click();
  await page.getByLabel('Objectif', { exact: true }).fill('=Réduire les délais');
  await page.getByLabel('Indicateur').fill('Délai moyen de réponse');
  await page.getByRole('spinbutton', { name: 'En ligne' }).fill('80');
  await page.getByRole('spinbutton', { name: 'Guichet' }).fill('20');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Lire le document' }).click();
  const doc = page.getByRole('article', { name: title });
  await expect(doc).toBeVisible();
  return doc;
}

test('the project frame reads as a document, and downloads as DOCX and its tables as CSV', async ({
  page,
}) => {
  const doc = await frameAndRead(page);
  await expect(doc.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(doc.getByRole('heading', { level: 3, name: 'Impacts du changement' })).toBeVisible();
  await expect(doc.getByText('Nom du territoire : Villeneuve-sur-Lot')).toBeVisible();
  const chart = doc.getByRole('img', { name: chartText });
  await expect(chart).toBeVisible();
  // The picture is drawn, not a broken image.
  expect(await chart.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(600);
  await expectNoAxeViolations(page);

  const docx = await downloadFrom(page.getByRole('button', { name: 'Télécharger (DOCX)' }));
  expect(docx.suggestedFilename()).toBe('cadrage.docx');
  const text = await readDocxText(docx);
  expect(text).toContain(title);
  expect(text).toContain('Nom du territoire : Villeneuve-sur-Lot');
  expect(text).toContain('Licence; maintenance');
  expect(text).toContain('Délai moyen de réponse');
  // The default process's roles, with their work after the change.
  expect(text).toContain('Agent instructeur');
  // The chart went in as a picture (drawn as PNG beside its SVG), with its text.
  expect(await readDocxAltTexts(docx)).toEqual([chartText]);
  expect(text).toContain('Pourquoi : quelle cible pour l’objectif « =Réduire les délais » ?');

  const budget = await downloadFrom(page.getByRole('button', { name: 'CSV : Budget par poste' }));
  expect(budget.suggestedFilename()).toBe('cadrage-budget-par-poste.csv');
  expect(await readCsv(budget)).toMatch(
    /^\uFEFFPoste de dépense;Montant \(€\)\r\n"Licence; maintenance";1\s200,00\s€\r\nTotal;1\s200,00\s€\r\n$/,
  );
  const objectives = await downloadFrom(
    page.getByRole('button', { name: 'CSV : Objectifs, indicateurs et cibles' }),
  );
  // A cell a spreadsheet would run as a formula arrives as text.
  expect(await readCsv(objectives)).toContain(`"'=Réduire les délais";Délai moyen de réponse;`);
});

test('the project frame prints alone, without the app around it', async ({ page }) => {
  await frameAndRead(page);

  // The browser's own print (Ctrl+P) leaves the app's chrome out too.
  await expectChromeHiddenInPrint(page);
  await expect(page.getByRole('article', { name: title })).toBeVisible();
  await page.emulateMedia({ media: null });

  await printDocument(page, page.getByRole('button', { name: 'Imprimer / PDF' }));
  await expectChromeHiddenInPrint(page);
  // Only the printed copy of the document is on paper, its title as the page's heading.
  await expect(page.locator('#root')).toBeHidden();
  const sheetTitle = page.getByRole('heading', { level: 1, name: title });
  await expect(sheetTitle).toBeVisible();
  await expect(page.getByRole('table', { name: 'Budget par poste' })).toBeVisible();
  // Each part starts a page, except the one that opens the document under its title.
  expect(await breakBefore(page.getByRole('heading', { level: 2, name: /^Cadrage \(/ }))).toBe(
    'auto',
  );
  expect(
    await breakBefore(page.getByRole('heading', { level: 2, name: 'Questions ouvertes' })),
  ).toBe('page');
  await expectNoAxeViolations(page);

  await printToPdf(page);
  // Chromium fires « afterprint » once the PDF is made: the page is the app again.
  await expect(sheetTitle).toHaveCount(0);
  await endPrint(page);
  await expect(page.getByRole('article', { name: title })).toBeVisible();
});
