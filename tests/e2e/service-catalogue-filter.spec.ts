import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

/** 30 services over two owning services, three levels and one life event. */
function csv(): string {
  const header = 'Nom;Description;Service gestionnaire;Usagers;Événements de vie;Niveau';
  const rows = Array.from({ length: 30 }, (_, index) =>
    [
      `Démarche ${String(index + 1).padStart(2, '0')}`,
      index === 7 ? 'Inscription à la cantine scolaire' : '',
      index % 2 ? 'Population' : 'Urbanisme',
      index % 3 ? 'particuliers' : 'entreprises',
      index % 5 ? '' : 'Je déménage',
      String(1 + (index % 3)),
    ].join(';'),
  );
  return [header, ...rows].join('\n') + '\n';
}

test('a catalogue manager filters the list of services and hears how many remain', async ({
  page,
}) => {
  await page.goto('/services/importer');
  await page.getByLabel('Tableur de services (fichier .csv)').setInputFiles({
    name: 'services.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv(), 'utf8'),
  });
  await page.getByRole('button', { name: 'Importer 30 service(s)' }).click();
  await expect(page.getByRole('table', { name: 'Services du catalogue (30)' })).toBeVisible();
  const count = page.getByRole('status').filter({ hasText: /services? sur 30$/ });
  await expect(count).toHaveText('30 services sur 30');

  const search = page.getByRole('search', { name: 'Filtrer les services' });
  await search.getByRole('textbox', { name: 'Rechercher' }).fill('cantine');
  await expect(count).toHaveText('1 service sur 30');
  await expect(
    page.getByRole('table', { name: 'Services du catalogue (1)' }).getByRole('link'),
  ).toHaveText(['Démarche 08']);

  await search.getByRole('button', { name: 'Effacer les filtres' }).click();
  await search.getByRole('combobox', { name: 'Service gestionnaire' }).selectOption('Urbanisme');
  await search.getByRole('combobox', { name: 'Événement de vie' }).selectOption('Je déménage');
  // Rows 1, 11, 21 (index 0, 10, 20): Urbanisme and « Je déménage ».
  await expect(count).toHaveText('3 services sur 30');
  await search.getByRole('combobox', { name: 'Usagers' }).selectOption('Entreprises');
  // Of those, only index 0 serves businesses.
  await expect(count).toHaveText('1 service sur 30');
  await expect(
    page.getByRole('table', { name: 'Services du catalogue (1)' }).getByRole('link'),
  ).toHaveText(['Démarche 01']);
  await search
    .getByRole('combobox', { name: 'Niveau de dématérialisation' })
    .selectOption('2 – Formulaire téléchargeable');
  await expect(count).toHaveText('0 service sur 30');
  await expect(page.getByText('Aucun service ne correspond à ces critères.')).toBeVisible();
  await expectNoAxeViolations(page);
});
