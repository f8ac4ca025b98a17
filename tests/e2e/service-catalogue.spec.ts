import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectSaved } from './support/app';
import { addByClick, openDesigner } from './form-designer.support';

/**
 * 50 services: the first ten need no building block and no legal change, so they are easy;
 * the others need three blocks the organisation lacks and a change of the law.
 */
function servicesCsv(): string {
  const header =
    'Nom;Service gestionnaire;Usagers;Événements de vie;Volume annuel;Interactions;Visites;Niveau;Briques;Changement juridique;Guichet;Web';
  const rows = Array.from({ length: 50 }, (_, index) => {
    const n = String(index + 1).padStart(2, '0');
    const easy = index < 10;
    return [
      `Service ${n}`,
      index % 2 ? 'Population' : 'Urbanisme',
      index % 3 ? 'particuliers' : 'particuliers|entreprises',
      index % 4 ? '' : 'Je déménage',
      String((index + 1) * 1000),
      String(2 + (index % 4)),
      String(index % 3),
      String(1 + (index % 3)),
      easy ? '' : 'identité|paiement|signature',
      easy ? 'non' : 'oui',
      '70',
      '30',
    ].join(';');
  });
  return [header, ...rows].join('\n') + '\n';
}

const badRows = ['Volume négatif;Urbanisme;;;-5;;;2;;;;', 'Niveau cinq;Urbanisme;;;10;;;5;;;;'];

async function pickCsv(page: Page, name: string, content: string) {
  await page.getByLabel('Tableur de services (fichier .csv)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(content, 'utf8'),
  });
}

async function quadrantCount(page: Page, quadrant: string): Promise<number> {
  const text = await page
    .getByRole('list', { name: 'Nombre de services par quadrant' })
    .getByText(new RegExp(`^${quadrant} : \\d+$`))
    .textContent();
  return Number(/(\d+)$/.exec(text ?? '')?.[1]);
}

test('import 50 services, link a prototype to one, and move services between quadrants', async ({
  page,
}) => {
  // A prototype whose form asks something, with the default process and tracking.
  await openDesigner(page, 'Carte de stationnement résident');
  await addByClick(page, 'Texte court', 'Numéro d’immatriculation');
  await expectSaved(page);

  await page
    .getByRole('navigation', { name: 'Espaces de Fabrik' })
    .getByRole('link', { name: 'Catalogue des services' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Catalogue des services' }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Catalogue des services' })
    .getByRole('link', { name: 'Importer un tableur' })
    .click();

  // A first file with two bad rows: the preview says which and why; cancel stores nothing.
  await pickCsv(page, 'services.csv', servicesCsv() + badRows.join('\n') + '\n');
  await expect(page.getByRole('combobox', { name: 'Colonne « Nom »' })).toHaveValue('name');
  await expect(page.getByText('50 service(s) prêt(s) à importer.')).toBeVisible();
  const rejected = page.getByRole('table', { name: 'Lignes non importées et pourquoi' });
  await expect(rejected.getByRole('row', { name: /Volume négatif/ })).toContainText(
    'Demandes par an : « -5 » est négatif',
  );
  await expect(rejected.getByRole('row', { name: /Niveau cinq/ })).toContainText(
    'Niveau : « 5 » : le niveau va de 1 à 4',
  );
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Annuler' }).click();
  await page
    .getByRole('navigation', { name: 'Catalogue des services' })
    .getByRole('link', { name: 'Services' })
    .click();
  await expect(page.getByText(/Aucun service pour l’instant/)).toBeVisible();

  // The 50 good rows, stored.
  await page.getByRole('link', { name: 'Importer un tableur' }).click();
  await pickCsv(page, 'services.csv', servicesCsv());
  await page.getByRole('button', { name: 'Importer 50 service(s)' }).click();
  const list = page.getByRole('table', { name: 'Services du catalogue (50)' });
  await expect(list.getByRole('row')).toHaveCount(51);
  await expectNoAxeViolations(page);

  // Linking the prototype to a service proposes its level, with why.
  await list.getByRole('link', { name: 'Service 07' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Service 07' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Carte de stationnement résident' }).check();
  await expect(
    page.getByText(
      'Demande déposée en ligne, pas d’étape au guichet, suivi en ligne, décision notifiée en ligne : niveau 4 une fois en service',
    ),
  ).toBeVisible();
  await expect(page.getByText('Niveau proposé : 4')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // With the default weights, the easy services are quick wins or for later.
  await page.getByRole('link', { name: 'Priorités' }).click();
  await expect(page.getByRole('img', { name: 'Services par impact et faisabilité' })).toBeVisible();
  const easyBefore =
    (await quadrantCount(page, 'Gains rapides')) + (await quadrantCount(page, 'Plus tard'));
  expect(easyBefore).toBe(10);
  await expectNoAxeViolations(page);

  // Counting only whether a service is prototyped leaves one feasible service.
  for (const factor of [
    'Briques disponibles',
    'Sans changement juridique',
    'Déjà partiellement en ligne',
  ]) {
    await page.getByRole('combobox', { name: `Poids : ${factor}` }).selectOption('0');
  }
  await expect
    .poll(
      async () =>
        (await quadrantCount(page, 'Gains rapides')) + (await quadrantCount(page, 'Plus tard')),
    )
    .toBe(1);
  const table = page.getByRole('table', { name: /alternative textuelle du graphique/ });
  await expect(table.getByRole('row', { name: /Service 07/ })).toContainText(
    /Gains rapides|Plus tard/,
  );
  await table
    .getByRole('row', { name: /Service 07/ })
    .getByText('Voir le calcul')
    .click();
  await expect(
    table
      .getByRole('row', { name: /Service 07/ })
      .getByText('Déjà prototypé : 1 prototype(s) lié(s), poids 1 → 100 points'),
  ).toBeVisible();

  // Two services in next year's roadmap: next year's totals change.
  await page.getByRole('link', { name: 'Feuille de route' }).click();
  const nextYear = new Date().getFullYear() + 1;
  const totals = page
    .getByRole('table', { name: /Part en ligne à la fin de chaque année/ })
    .getByRole('row', { name: new RegExp(`^${nextYear}`) });
  await expect(totals).toContainText('0 % (0 sur 50)');
  for (const name of ['Service 01', 'Service 02']) {
    await page
      .getByRole('combobox', { name: `Année de mise en ligne de « ${name} »` })
      .selectOption(String(nextYear));
  }
  await expect(totals).toContainText('4 % (2 sur 50)');
  await expectNoAxeViolations(page);

  // The weights are the organisation's: they are still there after a reload.
  await page.getByRole('link', { name: 'Priorités' }).click();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Poids : Briques disponibles' })).toHaveValue(
    '0',
  );
});

test('a Latin-1 file is named as such, row by row, and nothing is stored', async ({ page }) => {
  await page.goto('/services/importer');
  const latin1 = Buffer.from('Nom;Volume\nDéclaration préalable;12\nPermis;3\n', 'latin1');
  await page.getByLabel('Tableur de services (fichier .csv)').setInputFiles({
    name: 'latin1.csv',
    mimeType: 'text/csv',
    buffer: latin1,
  });
  await expect(page.getByRole('alert').filter({ hasText: 'n’est pas en UTF-8' })).toContainText(
    'Enregistrez-le « CSV UTF-8 »',
  );
  await expect(
    page
      .getByRole('table', { name: 'Lignes non importées et pourquoi' })
      .getByRole('row', { name: /^2 / }),
  ).toContainText('caractères illisibles');
  await expect(page.getByText('1 service(s) prêt(s) à importer.')).toBeVisible();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await page.goto('/services');
  await expect(page.getByText(/Aucun service pour l’instant/)).toBeVisible();
});

test('an entry says in French what is wrong, and keeps what was typed', async ({ page }) => {
  await page.goto('/services');
  await page.getByLabel('Nom du service').fill('Inscription à la cantine');
  await page.getByRole('button', { name: 'Ajouter un service' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Inscription à la cantine' }),
  ).toBeVisible();
  await page.getByLabel('Demandes par an').fill('-12');
  await expect(page.getByText('Le nombre ne peut pas être négatif.')).toBeVisible();
  await page.getByLabel('Demandes par an').fill('1200');
  await page.getByLabel('Guichet').fill('60');
  await expect(page.getByText('Les parts des canaux doivent faire 100 % ensemble.')).toBeVisible();
  await page.getByLabel('Web').fill('40');
  await expect(page.getByText('Les parts des canaux doivent faire 100 % ensemble.')).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel('Demandes par an')).toHaveValue('1200');
  await expect(page.getByLabel('Web')).toHaveValue('40');
});
