import { readFile } from 'node:fs/promises';
import { expect, type Browser, type Page } from '@playwright/test';
import { createPrototype, expectSaved, openStep } from './app';

export interface SentFile {
  name: string;
  text: string;
}

/** Each person works on their own machine: a browser context of their own. */
export async function machineOf(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  return context.newPage();
}

/** The referent's, the verifier's and the approver's machines. */
export async function reviewMachines(browser: Browser) {
  return {
    referent: await machineOf(browser),
    verifier: await machineOf(browser),
    approver: await machineOf(browser),
  };
}

export async function downloadBy(page: Page, button: string | RegExp): Promise<SentFile> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

export async function importFile(page: Page, file: SentFile) {
  await page.goto('/');
  await page.getByLabel('Importer un prototype (fichier .fabrik.json)').setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
}

export async function openReview(page: Page, name: string) {
  await page
    .getByRole('list', { name: 'Prototypes' })
    .getByRole('link', { name, exact: true })
    .click();
  await openStep(page, 'Vérification');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vérification et approbation' }),
  ).toBeVisible();
}

export async function expectStatus(page: Page, status: string) {
  await expect(
    page.getByText('État :').locator('..').getByText(status, { exact: true }),
  ).toBeVisible();
}

export async function submitForVerification(page: Page) {
  await expect(page.getByText('Points bloquants : 0 ;', { exact: false })).toBeVisible();
  const declarations = page.getByRole('group', { name: 'Je déclare que :' });
  for (const box of await declarations.getByRole('checkbox').all()) await box.check();
  await expect(page.getByLabel('Votre nom (référent)')).toHaveValue('Awa Diallo');
  const file = await downloadBy(page, 'Soumettre et télécharger le fichier');
  await expectStatus(page, 'Soumis à vérification');
  // The submission form gives way to its round, and the focus goes with it.
  await expect(page.getByRole('heading', { level: 2 }).and(page.locator(':focus'))).toHaveCount(1);
  return file;
}

export async function decide(page: Page, decision: string, comment: string, name: string) {
  await page.getByRole('radio', { name: decision }).check();
  await page.getByLabel('Commentaire sur votre décision').fill(comment);
  await page.getByLabel('Votre nom', { exact: true }).fill(name);
  return downloadBy(page, 'Signer et télécharger le fichier');
}

/** The prototype every review test submits. */
export const name = 'Carte de stationnement résident';
const purpose: [string, string][] = [
  [
    'Pourquoi cette démarche existe-t-elle ?',
    'Permettre aux résidents de stationner près de chez eux.',
  ],
  ['Pour qui ?', 'Les résidents du centre-ville.'],
  ['Qu’y gagne le demandeur ?', 'Une demande en ligne, sans déplacement.'],
  ['Ce que la démarche ne couvrira pas', 'Les professionnels.'],
  ['Base légale ou réglementaire', 'Arrêté municipal n° 2024-12.'],
  ['Service responsable', 'Direction de la mobilité.'],
];

/** Creates the prototype with a purpose and a referent, and opens its review step. */
export async function createReadyPrototype(page: Page) {
  await createPrototype(page, name);
  for (const [label, value] of purpose) await page.getByLabel(label).fill(value);
  await openStep(page, 'Ateliers et versions');
  const add = page.getByRole('group', { name: 'Ajouter une personne' });
  await add.getByLabel('Nom').fill('Awa Diallo');
  await add.getByRole('button', { name: 'Ajouter à l’équipe' }).click();
  await expectSaved(page);
  await openStep(page, 'Vérification');
}
