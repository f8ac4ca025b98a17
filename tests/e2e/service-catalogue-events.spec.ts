import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { downloadBytes } from './support/documents';

const csv = [
  'Nom;Événements de vie;Niveau',
  'Changement d’adresse;Je déménage;4',
  'Inscription électorale;Je déménage;2',
  'Inscription scolaire;Je déménage;3',
  'Déclaration de naissance;;1',
].join('\n');

async function importServices(page: Page) {
  await page.goto('/services/importer');
  await page.getByLabel('Tableur de services (fichier .csv)').setInputFiles({
    name: 'services.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Importer 4 service(s)' }).click();
  await expect(page.getByRole('table', { name: 'Services du catalogue (4)' })).toBeVisible();
}

const journey = (page: Page, event: string) =>
  page.getByRole('list', { name: `Parcours « ${event} »` });

async function stepNames(page: Page, event: string): Promise<string[]> {
  return journey(page, event).getByRole('listitem').getByRole('link').allTextContents();
}

test('life events list their services in order, with levels in words, reordered with the keyboard', async ({
  page,
}) => {
  await importServices(page);
  await page
    .getByRole('navigation', { name: 'Catalogue des services' })
    .getByRole('link', { name: 'Événements de vie' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Carte des événements de vie' }),
  ).toBeVisible();

  // The event the services name, its services by name until ordered, each level written.
  const moving = page.getByRole('region', { name: 'Je déménage' });
  await expect(moving.getByText('1 service(s) sur 3 entièrement en ligne')).toBeVisible();
  await expect
    .poll(() => stepNames(page, 'Je déménage'))
    .toEqual(['Changement d’adresse', 'Inscription électorale', 'Inscription scolaire']);
  await expect(journey(page, 'Je déménage').getByRole('listitem').nth(1)).toContainText(
    'Niveau 2 – Formulaire téléchargeable',
  );
  await expectNoAxeViolations(page);

  // With the keyboard: the address change comes last, two steps later; focus stays on it.
  const later = moving.getByRole('button', {
    name: 'Plus tard : « Changement d’adresse » dans « Je déménage »',
  });
  await later.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => stepNames(page, 'Je déménage'))
    .toEqual(['Inscription électorale', 'Changement d’adresse', 'Inscription scolaire']);
  await expect(later).toBeFocused();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => stepNames(page, 'Je déménage'))
    .toEqual(['Inscription électorale', 'Inscription scolaire', 'Changement d’adresse']);
  // At the end its « later » button is off: the focus moved to « earlier ».
  await expect(
    moving.getByRole('button', {
      name: 'Plus tôt : « Changement d’adresse » dans « Je déménage »',
    }),
  ).toBeFocused();

  // A new event, with a service added to it.
  await page.getByLabel('Nom de l’événement').fill('Naissance d’un enfant');
  await page.getByRole('button', { name: 'Ajouter l’événement' }).click();
  const birth = page.getByRole('region', { name: 'Naissance d’un enfant' });
  await expect(birth.getByText('Aucun service dans ce parcours pour l’instant.')).toBeVisible();
  await birth
    .getByLabel('Service à ajouter à « Naissance d’un enfant »')
    .selectOption({ label: 'Déclaration de naissance' });
  await birth
    .getByRole('button', { name: 'Ajouter au parcours « Naissance d’un enfant »' })
    .click();
  await expect
    .poll(() => stepNames(page, 'Naissance d’un enfant'))
    .toEqual(['Déclaration de naissance']);
  await expect(journey(page, 'Naissance d’un enfant')).toContainText('Niveau 1 – Informatif');

  // A name already taken is refused in words.
  await page.getByLabel('Nom de l’événement').fill('je déménage');
  await page.getByRole('button', { name: 'Ajouter l’événement' }).click();
  await expect(page.getByText('Cet événement existe déjà.')).toBeVisible();

  // The order and the new event are kept; the service's entry names its event.
  await page.reload();
  await expect
    .poll(() => stepNames(page, 'Je déménage'))
    .toEqual(['Inscription électorale', 'Inscription scolaire', 'Changement d’adresse']);
  await expect
    .poll(() => stepNames(page, 'Naissance d’un enfant'))
    .toEqual(['Déclaration de naissance']);
  await expectNoAxeViolations(page);
  await journey(page, 'Naissance d’un enfant')
    .getByRole('link', { name: 'Déclaration de naissance' })
    .click();
  await expect(page.getByRole('textbox', { name: 'Événements de vie' })).toHaveValue(
    'Naissance d’un enfant',
  );

  // The catalogue as linked data: CPSV-AP services, and the events with their order.
  await page.goto('/services');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter le catalogue en JSON-LD (CPSV-AP)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^catalogue-des-services-.*\.jsonld$/);
  const graph = (
    JSON.parse((await downloadBytes(download)).toString('utf8')) as {
      '@graph': {
        '@type': string;
        'dct:title': { '@value': string };
        'fabrik:servicesInOrder'?: string[];
      }[];
    }
  )['@graph'];
  expect(graph.filter((node) => node['@type'] === 'cpsv:PublicService')).toHaveLength(4);
  const movingEvent = graph.find(
    (node) => node['@type'] === 'cv:LifeEvent' && node['dct:title']['@value'] === 'Je déménage',
  );
  expect(movingEvent?.['fabrik:servicesInOrder']).toHaveLength(3);
});
