import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { Notifications } from '../../../src/app/Notifications';
import { createPrototype } from '../../../src/domain/prototype/create';
import { CatalogueScreen } from '../../../src/features/catalogue/CatalogueScreen';
import { purgeOldBin } from '../../../src/state/catalogue';
import { dismiss, useNotifications } from '../../../src/state/notifications';
import { db, FabrikDatabase, useDatabase } from '../../../src/storage/db';
import {
  addPrototype,
  binPrototype,
  listPrototypeSummaries,
} from '../../../src/storage/prototypeRepository';

let count = 0;

/** Every stored prototype, binned ones included. */
const storedIds = () => db().prototypes.toCollection().primaryKeys();

function renderCatalogue() {
  const location = memoryLocation({ path: '/', record: true });
  render(
    <Router hook={location.hook}>
      <CatalogueScreen />
      <Notifications />
    </Router>,
  );
  return location;
}

beforeEach(() => {
  useDatabase(new FabrikDatabase(`catalogue-test-${count++}`));
  // Closing, not just clearing, so that what an earlier test left offered back is let go.
  for (const item of useNotifications.getState().items) dismiss(item.id);
});

describe('CatalogueScreen', () => {
  it('explains what Fabrik is for when there is nothing yet', async () => {
    renderCatalogue();
    expect(
      await screen.findByRole('heading', { name: 'Aucun prototype pour l’instant' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/trois ateliers de deux heures/)).toBeInTheDocument();
  });

  it('requires a name to create a prototype', async () => {
    renderCatalogue();
    await userEvent.click(screen.getByRole('button', { name: 'Créer le prototype' }));
    expect(screen.getByText('Le nom est obligatoire.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Nom de la démarche/)).toHaveAttribute('aria-invalid', 'true');
    expect(await listPrototypeSummaries()).toEqual([]);
  });

  it('creates a prototype and opens its first step', async () => {
    const location = renderCatalogue();
    await userEvent.type(screen.getByLabelText(/Nom de la démarche/), 'Inscription à la cantine');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le prototype' }));
    await waitFor(() => expect(location.history.at(-1)).toMatch(/^\/p\/[^/]+\/purpose$/));
    expect((await listPrototypeSummaries()).map((summary) => summary.name)).toEqual([
      'Inscription à la cantine',
    ]);
  });

  it('lists each prototype with its status, progress and last change', async () => {
    await addPrototype(createPrototype('Carte de stationnement', new Date()));
    renderCatalogue();
    const card = (await screen.findByRole('link', { name: 'Carte de stationnement' })).closest(
      'li',
    )!;
    expect(within(card).getByText('Brouillon')).toBeInTheDocument();
    expect(within(card).getByText('Étapes prêtes : 0 sur 9')).toBeInTheDocument();
    expect(within(card).getByText(/Modifié/)).toBeInTheDocument();
  });

  it('renames a prototype, refusing a blank name', async () => {
    await addPrototype(createPrototype('Ancien nom', new Date()));
    renderCatalogue();
    await userEvent.click(await screen.findByRole('button', { name: 'Renommer' }));
    const dialog = screen.getByRole('dialog', { name: 'Renommer le prototype' });
    const box = within(dialog).getByLabelText(/Nouveau nom/);
    await userEvent.clear(box);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Renommer' }));
    expect(within(dialog).getByText('Le nom est obligatoire.')).toBeInTheDocument();
    await userEvent.type(box, 'Nouveau nom');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Renommer' }));
    expect(await screen.findByRole('link', { name: 'Nouveau nom' })).toBeInTheDocument();
  });

  it('deletes after confirmation, with a way back', async () => {
    await addPrototype(createPrototype('À supprimer', new Date()));
    renderCatalogue();
    await userEvent.click(await screen.findByRole('button', { name: 'Supprimer' }));
    const dialog = screen.getByRole('dialog', { name: 'Supprimer « À supprimer » ?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'À supprimer' })).not.toBeInTheDocument(),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Annuler' }));
    expect(await screen.findByRole('link', { name: 'À supprimer' })).toBeInTheDocument();
  });

  it('moves the focus to the next card after a deletion, and back to the restored card', async () => {
    const now = Date.now();
    // The catalogue lists the most recently changed first.
    await addPrototype(createPrototype('Troisième', new Date(now - 3000)));
    await addPrototype(createPrototype('Deuxième', new Date(now - 2000)));
    await addPrototype(createPrototype('Premier', new Date(now - 1000)));
    renderCatalogue();
    const card = (await screen.findByRole('link', { name: 'Deuxième' })).closest('li')!;
    await userEvent.click(within(card).getByRole('button', { name: 'Supprimer' }));
    const dialog = screen.getByRole('dialog', { name: 'Supprimer « Deuxième » ?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Troisième' })).toHaveFocus());
    expect(screen.queryByRole('link', { name: 'Deuxième' })).not.toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Deuxième' })).toHaveFocus());
  });

  it('moves the focus to the previous card when the last one is deleted', async () => {
    const now = Date.now();
    await addPrototype(createPrototype('Ancien', new Date(now - 2000)));
    await addPrototype(createPrototype('Récent', new Date(now - 1000)));
    renderCatalogue();
    const card = (await screen.findByRole('link', { name: 'Ancien' })).closest('li')!;
    await userEvent.click(within(card).getByRole('button', { name: 'Supprimer' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Supprimer' }),
    );
    await waitFor(() => expect(screen.getByRole('link', { name: 'Récent' })).toHaveFocus());
  });

  it('moves the focus to the empty catalogue when the only prototype is deleted', async () => {
    await addPrototype(createPrototype('Seul', new Date()));
    renderCatalogue();
    await userEvent.click(await screen.findByRole('button', { name: 'Supprimer' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Supprimer' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Aucun prototype pour l’instant' })).toHaveFocus(),
    );
  });

  it('deletes for good only when the message offering it back is closed', async () => {
    await addPrototype(createPrototype('Jeté', new Date()));
    renderCatalogue();
    await userEvent.click(await screen.findByRole('button', { name: 'Supprimer' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Supprimer' }),
    );
    await screen.findByRole('button', { name: 'Annuler' });
    await purgeOldBin();
    expect(await storedIds()).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Fermer le message' }));
    await waitFor(async () => expect(await storedIds()).toEqual([]));
  });

  it('spares for a day what another tab binned, as its « Annuler » may still be on screen', async () => {
    const recent = createPrototype('Jeté ailleurs ce matin', new Date());
    const old = createPrototype('Jeté avant-hier', new Date());
    await addPrototype(recent);
    await addPrototype(old);
    await binPrototype(recent.id, new Date(Date.now() - 60 * 60 * 1000));
    await binPrototype(old.id, new Date(Date.now() - 2 * 24 * 60 * 60 * 1000));
    await purgeOldBin();
    expect(await storedIds()).toEqual([recent.id]);
  });

  it('duplicates a prototype', async () => {
    await addPrototype(createPrototype('Original', new Date()));
    renderCatalogue();
    await userEvent.click(await screen.findByRole('button', { name: 'Dupliquer' }));
    expect(await screen.findByRole('link', { name: 'Copie de Original' })).toBeInTheDocument();
  });
});
