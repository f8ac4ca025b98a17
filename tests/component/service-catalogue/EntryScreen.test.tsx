import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Field } from '../../../src/domain/form/schema';
import { createPrototype } from '../../../src/domain/prototype/create';
import { createServiceEntry } from '../../../src/domain/service-catalogue/schema';
import { addPrototype } from '../../../src/storage/prototypeRepository';
import {
  listServiceEntries,
  saveServiceEntry,
} from '../../../src/storage/serviceCatalogueRepository';
import { useDatabase } from '../../../src/storage/db';
import { freshDatabase, renderArea } from './support';

const now = new Date('2026-12-01T10:00:00Z');

beforeEach(async () => {
  useDatabase(freshDatabase());
  await saveServiceEntry(createServiceEntry('s1', 'Carte résident', now));
});

const stored = async () => (await listServiceEntries())[0]!;

describe('EntryScreen', () => {
  it('saves what is typed without a save button', async () => {
    renderArea('/s/s1');
    await userEvent.type(await screen.findByLabelText('Service gestionnaire'), 'Mobilité');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Entreprises' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Paiement' }));
    await waitFor(async () =>
      expect(await stored()).toMatchObject({
        owner: 'Mobilité',
        users: ['businesses'],
        buildingBlocks: ['payment'],
      }),
    );
    expect(await screen.findByText('Enregistré')).toBeInTheDocument();
  });

  it('says in French what is wrong with a number, and stores only valid ones', async () => {
    renderArea('/s/s1');
    const volume = await screen.findByLabelText('Demandes par an');
    await userEvent.type(volume, '12a');
    expect(screen.getByText('Écrivez un nombre, par exemple 1200.')).toBeInTheDocument();
    expect(volume).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(volume);
    await userEvent.type(volume, '1 200');
    await waitFor(async () => expect((await stored()).yearlyVolume).toBe(1200));
    await userEvent.type(screen.getByLabelText('Dont déplacements en personne'), '2,5');
    expect(screen.getByText('Écrivez un nombre entier.')).toBeInTheDocument();
  });

  it('asks for channel shares that make 100 %, and for a name', async () => {
    renderArea('/s/s1');
    await userEvent.type(await screen.findByLabelText('Guichet'), '70');
    expect(
      screen.getByText(/Les parts des canaux doivent faire 100 % ensemble/),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Web'), '30');
    expect(screen.queryByText(/Les parts des canaux/)).not.toBeInTheDocument();
    expect(screen.getByText('Total : 100 %')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Nom du service'));
    expect(screen.getByText('Donnez un nom au service.')).toBeInTheDocument();
  });

  it('proposes the level of a linked prototype and asks why when another is set', async () => {
    const prototype = createPrototype('Stationnement', now, 'p1');
    const field: Field = { id: 'f1', key: 'plate', type: 'shortText', label: 'Plaque' };
    prototype.form.pages[0]!.fields = [field];
    prototype.tracking.messages = prototype.tracking.messages.map((message) => ({
      ...message,
      channel: 'letter',
    }));
    await addPrototype(prototype);
    renderArea('/s/s1');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Stationnement' }));
    expect(
      await screen.findByText(
        'Demande déposée en ligne, pas d’étape au guichet, suivi en ligne, décision envoyée par courrier ou pas notifiée : niveau 3',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Niveau proposé : 3')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Retenir un autre niveau que celui proposé' }),
    );
    await userEvent.selectOptions(screen.getByLabelText('Niveau retenu'), '4');
    expect(screen.getByText('Dites pourquoi vous retenez un autre niveau.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Pourquoi ce niveau/), 'Décision en ligne prévue');
    expect(screen.getByText('Niveau retenu une fois en service : 4')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await stored()).levelOverride).toEqual({
        level: 4,
        reason: 'Décision en ligne prévue',
      }),
    );
    expect((await stored()).prototypeIds).toEqual(['p1']);
  });

  it('deletes a service after confirmation, without writing it back', async () => {
    const location = renderArea('/s/s1');
    await userEvent.type(await screen.findByLabelText('Description'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Supprimer ce service' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Supprimer ce service' }));
    await waitFor(() => expect(location.history?.at(-1)).toBe('/'));
    // Longer than the autosave delay: the pending change must not bring it back.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await listServiceEntries()).toEqual([]);
  });
});
