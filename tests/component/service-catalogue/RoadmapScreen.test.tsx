import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createServiceEntry,
  type ServiceEntry,
} from '../../../src/domain/service-catalogue/schema';
import { useDatabase } from '../../../src/storage/db';
import {
  listServiceEntries,
  saveServiceEntry,
} from '../../../src/storage/serviceCatalogueRepository';
import { freshDatabase, renderArea } from './support';

const now = new Date('2026-12-01T10:00:00Z');
const entry = (id: string, change: Partial<ServiceEntry>): ServiceEntry => ({
  ...createServiceEntry(id, id, now),
  ...change,
});
const nextYear = new Date().getFullYear() + 1;

beforeEach(async () => {
  useDatabase(freshDatabase());
  await saveServiceEntry(entry('Cantine', { level: 4, yearlyVolume: 2000 }));
  await saveServiceEntry(entry('Permis', { level: 2, yearlyVolume: 1000 }));
  await saveServiceEntry(entry('Stationnement', { level: 1, yearlyVolume: 1000 }));
});

const rowOfYear = (year: number) =>
  within(screen.getByRole('table', { name: /Part en ligne à la fin de chaque année/ })).getByRole(
    'row',
    { name: new RegExp(`^${year}`) },
  );

describe('RoadmapScreen', () => {
  it('changes next year’s totals when two services are put in next year’s roadmap', async () => {
    renderArea('/feuille-de-route');
    expect(
      await screen.findByRole('table', { name: 'Services à mettre en ligne (2)' }),
    ).toBeInTheDocument();
    expect(rowOfYear(nextYear)).toHaveTextContent('33,3 % (1 sur 3)');
    expect(rowOfYear(nextYear)).toHaveTextContent('50 % (2 000 sur 4 000)');

    await userEvent.selectOptions(
      screen.getByLabelText('Année de mise en ligne de « Permis »'),
      String(nextYear),
    );
    await userEvent.selectOptions(
      screen.getByLabelText('Année de mise en ligne de « Stationnement »'),
      String(nextYear),
    );
    await waitFor(() => expect(rowOfYear(nextYear)).toHaveTextContent('100 % (3 sur 3)'));
    expect(rowOfYear(nextYear)).toHaveTextContent('100 % (4 000 sur 4 000)');
    // This year is unchanged: they go online next year.
    expect(rowOfYear(nextYear - 1)).toHaveTextContent('33,3 % (1 sur 3)');
    expect((await listServiceEntries()).map((stored) => stored.plannedYear)).toEqual([
      undefined,
      nextYear,
      nextYear,
    ]);
  });
});
