import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { docxAltTexts, docxText } from '../../support/docxText';

/** The bytes of a finished download. */
export async function downloadBytes(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

/**
 * The text of a downloaded DOCX, one paragraph a line (table cells are paragraphs too),
 * as a person opening it in Word would read it.
 */
export async function readDocxText(download: Download): Promise<string> {
  return docxText(await downloadBytes(download));
}

/**
 * The text of each picture of a downloaded DOCX. A picture the browser could not draw is
 * written as a paragraph instead, and is then in `readDocxText`, not here.
 */
export async function readDocxAltTexts(download: Download): Promise<string[]> {
  return docxAltTexts(await downloadBytes(download));
}

/** A downloaded CSV as text, its byte-order mark kept so that a test can see it. */
export async function readCsv(download: Download): Promise<string> {
  return (await downloadBytes(download)).toString('utf8');
}

/** Clicks a button or link that downloads a file, and returns the download. */
export async function downloadFrom(target: Locator): Promise<Download> {
  const download = target.page().waitForEvent('download');
  await target.click();
  return download;
}

/**
 * Clicks a document's « Imprimer / PDF » with the browser's print dialog replaced (it
 * would block the test), then leaves the page under print media, as it goes to paper.
 * Call `endPrint` after the checks.
 */
export async function printDocument(page: Page, printButton: Locator): Promise<void> {
  await page.evaluate(() => {
    const state = window as unknown as { fabrikPrints?: number };
    state.fabrikPrints = 0;
    window.print = () => {
      state.fabrikPrints = (state.fabrikPrints ?? 0) + 1;
    };
  });
  await printButton.click();
  await page.waitForFunction(
    () => (window as unknown as { fabrikPrints?: number }).fabrikPrints === 1,
  );
  await page.emulateMedia({ media: 'print' });
}

/**
 * Back to the screen after a print, as when the print dialog closes. (`page.pdf()` already
 * fires « afterprint » in Chromium; a second one changes nothing.)
 */
export async function endPrint(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: null });
}

/**
 * Checks the app around the document does not print (header, step navigation, the
 * prototype's bar, the document's buttons), under print media.
 */
export async function expectChromeHiddenInPrint(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Étapes du prototype' })).toBeHidden();
  await expect(page.getByRole('group', { name: /^Exporter « / })).toBeHidden();
}

/**
 * Prints the page to PDF as headless Chromium does (print media), and checks that it is a
 * PDF with at least one page; returns its bytes.
 */
export async function printToPdf(page: Page): Promise<Buffer> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfPageCount(pdf)).toBeGreaterThan(0);
  return pdf;
}

/** The pages of a PDF as Chromium writes it (its page objects are not compressed). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
