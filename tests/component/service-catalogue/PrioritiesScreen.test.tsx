import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createServiceEntry,
  type ServiceEntry,
} from '../../../src/domain/service-catalogue/schema';
import {
  loadScoringSettings,
  saveServiceEntry,
  saveSystems,
} from '../../../src/storage/serviceCatalogueRepository';
import { createSystem } from '../../../src/domain/service-catalogue/systems';
import { useDatabase } from '../../../src/storage/db';
import { freshDatabase, renderArea } from './support';

const now = new Date('2026-12-01T10:00:00Z');
const entry = (id: string, change: Partial<ServiceEntry>): ServiceEntry => ({
  ...createServiceEntry(id, id, now),
  ...change,
});

beforeEach(async () => {
  useDatabase(freshDatabase());
  // Both large and at level 1; only the second needs a building block and a change of law.
  await saveServiceEntry(
    entry('Permis de construire', {
      yearlyVolume: 5000,
      interactions: 4,
      visits: 2,
      users: ['individuals', 'businesses'],
    }),
  );
  await saveServiceEntry(
    entry('État civil', {
      yearlyVolume: 5000,
      interactions: 4,
      visits: 2,
      users: ['individuals', 'businesses'],
      buildingBlocks: ['identity'],
      legalChangeNeeded: true,
    }),
  );
});

const counts = () =>
  within(screen.getByRole('list', { name: 'Nombre de services par quadrant' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

const rowOf = (name: string) =>
  within(screen.getByRole('table', { name: /alternative textuelle/ })).getByRole('row', {
    name: new RegExp(name),
  });

describe('PrioritiesScreen', () => {
  it('places services in quadrants, in a chart and in a table that says the same', async () => {
    renderArea('/priorites');
    expect(
      await screen.findByRole('img', { name: 'Services par impact et faisabilité' }),
    ).toBeInTheDocument();
    expect(counts()).toEqual([
      'Gains rapides : 1',
      'Stratégiques : 1',
      'Plus tard : 0',
      'À reconsidérer : 0',
    ]);
    expect(within(rowOf('Permis de construire')).getByText('Gains rapides')).toBeInTheDocument();
    expect(within(rowOf('État civil')).getByText('Stratégiques')).toBeInTheDocument();
  });

  it('shows how each score was computed once opened, and follows a weight change', async () => {
    const user = userEvent.setup();
    renderArea('/priorites');
    const row = await screen.findByRole('row', { name: /État civil/ });
    await user.click(within(row).getByText('Voir le calcul'));
    expect(
      await within(row).findByText('Briques disponibles : manquent : Identité, poids 3 → 0 points'),
    ).toBeInTheDocument();
    expect(
      within(row).getByText(
        'Sans changement juridique : des textes sont à modifier, poids 2 → 0 points',
      ),
    ).toBeInTheDocument();
    // The open explanation is redrawn with the new weight although the row's figures stay.
    await user.selectOptions(screen.getByLabelText('Poids : Briques disponibles'), '1');
    expect(
      await within(rowOf('État civil')).findByText(
        'Briques disponibles : manquent : Identité, poids 1 → 0 points',
      ),
    ).toBeInTheDocument();
  });

  it('moves a service to another quadrant when a weight changes, and keeps the weight', async () => {
    renderArea('/priorites');
    await userEvent.selectOptions(await screen.findByLabelText('Poids : Briques disponibles'), '0');
    await userEvent.selectOptions(screen.getByLabelText('Poids : Sans changement juridique'), '0');
    expect(counts()).toEqual([
      'Gains rapides : 0',
      'Stratégiques : 2',
      'Plus tard : 0',
      'À reconsidérer : 0',
    ]);
    await waitFor(async () =>
      expect((await loadScoringSettings()).weights).toMatchObject({
        blocksAvailable: 0,
        noLegalChange: 0,
      }),
    );
  });

  it('counts a building block a system in production provides as available', async () => {
    await saveSystems([
      { ...createSystem('fc', 'FranceConnect'), blocks: ['identity'], inProduction: true },
    ]);
    const user = userEvent.setup();
    renderArea('/priorites');
    const row = await screen.findByRole('row', { name: /État civil/ });
    await user.click(within(row).getByText('Voir le calcul'));
    expect(
      await within(row).findByText(
        'Briques disponibles : les 1 briques nécessaires sont fournies par des systèmes en production (Identité par FranceConnect), poids 3 → 42.9 points',
      ),
    ).toBeInTheDocument();
  });
});
