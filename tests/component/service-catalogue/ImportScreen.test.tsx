import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createServiceEntry } from '../../../src/domain/service-catalogue/schema';
import {
  listServiceEntries,
  saveServiceEntry,
} from '../../../src/storage/serviceCatalogueRepository';
import { useDatabase } from '../../../src/storage/db';
import { freshDatabase, renderArea } from './support';

const csv = [
  'Intitulé;Volume;Niveau;Remarque',
  'Carte résident;1200;2;',
  'Permis;beaucoup;3;',
  'Déjà là;10;1;',
  'Cantine;300;7;',
].join('\n');

async function pick(content: string) {
  const file = new File([content], 'services.csv', { type: 'text/csv' });
  await userEvent.upload(await screen.findByLabelText('Tableur de services (fichier .csv)'), file);
}

beforeEach(async () => {
  useDatabase(freshDatabase());
  await saveServiceEntry(createServiceEntry('old', 'Déjà là', new Date('2026-12-01T10:00:00Z')));
});

describe('ImportScreen', () => {
  it('guesses the columns, lists the rows it cannot read and why, then stores the others', async () => {
    const location = renderArea('/importer');
    await pick(csv);
    expect(await screen.findByLabelText('Colonne « Intitulé »')).toHaveValue('name');
    expect(screen.getByLabelText('Colonne « Remarque »')).toHaveValue('');
    expect(screen.getByText('1 service(s) prêt(s) à importer.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Lignes non importées et pourquoi' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '3PermisDemandes par an : « beaucoup » n’est pas un nombre',
      '4Déjà làNom du service : « Déjà là » est déjà dans le catalogue',
      '5CantineNiveau : « 7 » : le niveau va de 1 à 4',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Importer 1 service(s)' }));
    await waitFor(() => expect(location.history?.at(-1)).toBe('/'));
    expect((await listServiceEntries()).map((entry) => [entry.name, entry.level])).toEqual([
      ['Carte résident', 2],
      ['Déjà là', 1],
    ]);
  });

  it('asks for the name column before any preview, and stores nothing on cancel', async () => {
    renderArea('/importer');
    await pick(csv);
    await userEvent.selectOptions(await screen.findByLabelText('Colonne « Intitulé »'), '');
    expect(
      screen.getByText('Choisissez la colonne qui contient le nom du service.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importer 0 service(s)' })).toBeDisabled();
    await userEvent.selectOptions(screen.getByLabelText('Colonne « Remarque »'), 'name');
    await userEvent.selectOptions(screen.getByLabelText('Colonne « Volume »'), 'name');
    expect(
      screen.getByText(/« Nom du service » est choisi pour plusieurs colonnes/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(await screen.findByText('Import annulé : rien n’a été enregistré.')).toBeInTheDocument();
    expect((await listServiceEntries()).map((entry) => entry.name)).toEqual(['Déjà là']);
  });

  it('says a file with no rows is empty', async () => {
    renderArea('/importer');
    await pick('Nom;Volume\n');
    expect(
      await screen.findByText(
        'Le fichier « services.csv » ne contient aucune ligne de service sous ses en-têtes.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Associer les colonnes/)).not.toBeInTheDocument();
  });
});
