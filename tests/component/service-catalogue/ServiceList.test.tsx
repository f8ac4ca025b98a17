import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createServiceEntry,
  type ServiceEntry,
} from '../../../src/domain/service-catalogue/schema';
import { saveServiceEntry } from '../../../src/storage/serviceCatalogueRepository';
import { useDatabase } from '../../../src/storage/db';
import { freshDatabase, renderArea } from './support';

const now = new Date('2026-12-01T10:00:00Z');
const entry = (id: string, change: Partial<ServiceEntry>): ServiceEntry => ({
  ...createServiceEntry(id, id, now),
  ...change,
});

beforeEach(async () => {
  useDatabase(freshDatabase());
  await saveServiceEntry(
    entry('Changement d’adresse', {
      owner: 'Population',
      users: ['individuals'],
      lifeEvents: ['Je déménage'],
      level: 2,
    }),
  );
  await saveServiceEntry(
    entry('Permis de construire', {
      description: 'Autorisation avec avis technique',
      owner: 'Urbanisme',
      users: ['individuals', 'businesses'],
      level: 3,
    }),
  );
  await saveServiceEntry(
    entry('Terrasse de café', { owner: 'Urbanisme', users: ['businesses'], level: 1 }),
  );
});

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('the filter of the service list', () => {
  it('narrows the list by text and criteria and says how many are shown', async () => {
    const user = userEvent.setup();
    renderArea('/');
    await screen.findByRole('table', { name: 'Services du catalogue (3)' });
    expect(screen.getByText('3 services sur 3')).toHaveAttribute('role', 'status');

    await user.type(screen.getByRole('textbox', { name: 'Rechercher' }), 'avis');
    await screen.findByRole('table', { name: 'Services du catalogue (1)' });
    expect(rowNames()).toEqual(['Permis de construire']);
    expect(screen.getByText('1 service sur 3')).toHaveAttribute('role', 'status');

    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await screen.findByRole('table', { name: 'Services du catalogue (3)' });

    const search = screen.getByRole('search', { name: 'Filtrer les services' });
    await user.selectOptions(
      within(search).getByRole('combobox', { name: 'Service gestionnaire' }),
      'Urbanisme',
    );
    await user.selectOptions(
      within(search).getByRole('combobox', { name: 'Usagers' }),
      'businesses',
    );
    await screen.findByRole('table', { name: 'Services du catalogue (2)' });
    expect(rowNames()).toEqual(['Permis de construire', 'Terrasse de café']);

    await user.selectOptions(
      within(search).getByRole('combobox', { name: 'Niveau de dématérialisation' }),
      '2',
    );
    expect(await screen.findByText('Aucun service ne correspond à ces critères.')).toBeVisible();
    expect(screen.getByText('0 service sur 3')).toHaveAttribute('role', 'status');

    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await user.selectOptions(
      within(search).getByRole('combobox', { name: 'Événement de vie' }),
      'Je déménage',
    );
    await screen.findByRole('table', { name: 'Services du catalogue (1)' });
    expect(rowNames()).toEqual(['Changement d’adresse']);
  });
});
