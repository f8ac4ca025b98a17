import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { downloadBytes } from './support/documents';

const csv = [
  'Nom;Niveau;Briques;Volume annuel;Guichet;Web',
  'Inscription à la cantine;4;;1200;10;90',
  'Permis de construire;2;identité|signature;300;80;20',
  '<script>alert(1)</script> Déclaration;1;identité;50;100;0',
].join('\n');

test('the dashboard is read on screen, exported as one page, and that page works offline and passes axe', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto('/services/importer');
  await page.getByLabel('Tableur de services (fichier .csv)').setInputFiles({
    name: 'services.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Importer 3 service(s)' }).click();

  // The team gives what only it knows: satisfaction and accessibility.
  await page.getByRole('link', { name: 'Inscription à la cantine' }).click();
  await page.getByLabel('Satisfaction des usagers (sur 10)').fill('8,5');
  await page.getByLabel('Conformité au RGAA (accessibilité)').selectOption('full');
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Catalogue des services' })
    .getByRole('link', { name: 'Tableau de bord' })
    .click();
  const indicators = page.getByRole('table', { name: 'Indicateurs et cibles' });
  await expect(indicators.getByRole('row', { name: /En ligne de bout en bout/ })).toContainText(
    '1 (33,3 %)',
  );
  await expect(indicators.getByRole('row', { name: /Satisfaction des usagers/ })).toContainText(
    'au moins 8 sur 10',
  );
  await expect(
    page
      .getByRole('table', { name: 'Briques manquantes et services qui les attendent' })
      .getByRole('row', { name: /Identité/ }),
  ).toContainText('2');
  await expect(page.getByRole('img', { name: /nombre de services à chaque niveau/ })).toBeVisible();

  // The organisation raises its satisfaction target: the dashboard follows, and keeps it.
  await page.getByText('Cibles de l’organisation').click();
  await page.getByLabel('Cible de satisfaction (sur 10)').fill('9');
  await expect(page.getByRole('status').filter({ hasText: 'Cibles enregistrées' })).toBeVisible();
  await expect(indicators.getByRole('row', { name: /Satisfaction des usagers/ })).toContainText(
    'au moins 9 sur 10',
  );
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(
    page
      .getByRole('table', { name: 'Indicateurs et cibles' })
      .getByRole('row', { name: /Satisfaction des usagers/ }),
  ).toContainText('au moins 9 sur 10');

  // Exported: one HTML file, which opens with no network at all.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter la page HTML' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tableau-de-bord-\d{4}-\d{2}-\d{2}\.html$/);
  const file = testInfo.outputPath('tableau-de-bord.html');
  const bytes = await downloadBytes(download);
  await import('node:fs/promises').then((fs) => fs.writeFile(file, bytes));

  // No network at all; the page has no script to run (its CSP would refuse one anyway).
  const offline = await browser.newContext({ offline: true });
  const published = await offline.newPage();
  const requests: string[] = [];
  published.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('data:'))
      requests.push(request.url());
  });
  await published.goto(`file://${file}`);
  await expect(
    published.getByRole('heading', { level: 1, name: 'Tableau de bord de la dématérialisation' }),
  ).toBeVisible();
  await expect(
    published
      .getByRole('table', { name: 'Indicateurs des 3 service(s)' })
      .getByRole('row', { name: /Inscription à la cantine/ }),
  ).toContainText('8,5 sur 10 (cible non atteinte)');
  await expect(
    published
      .getByRole('table', { name: 'Indicateurs et cibles' })
      .getByRole('row', { name: /Satisfaction des usagers/ }),
  ).toContainText('au moins 9 sur 10');
  // What was typed stays text.
  await expect(published.getByText('<script>alert(1)</script> Déclaration')).toBeVisible();
  const images = published.getByRole('img');
  await expect(images).toHaveCount(4);
  for (const image of await images.all()) {
    expect(
      await image.evaluate((element: HTMLImageElement) => element.naturalWidth),
    ).toBeGreaterThan(0);
  }
  expect(requests).toEqual([]);
  await expect(published.locator('script')).toHaveCount(0);
  await expectNoAxeViolations(published);
  await offline.close();
});
