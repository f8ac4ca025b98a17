import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Bundle } from '../../../src/domain/bundle/schema';
import { bundleToText } from '../../../src/domain/bundle/writeBundle';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { CatalogueScreen } from '../../../src/features/catalogue/CatalogueScreen';
import { FabrikDatabase, useDatabase } from '../../../src/storage/db';
import { addPrototype, loadPrototype } from '../../../src/storage/prototypeRepository';
import { readyPrototype, receivedPrototype, sentBundle, signedBy } from './fixtures';

/** The verifier's browser: the submitted file imported, then verified and signed here. */
async function verifierMachine(): Promise<{ stored: Prototype; verified: Bundle }> {
  const sent = await sentBundle(readyPrototype());
  const verified = await signedBy(sent, {
    role: 'verifier',
    name: 'Bruno Martin',
    decision: 'verified',
    comment: 'Complet.',
    comments: [],
  });
  const stored = receivedPrototype(verified);
  await addPrototype(stored);
  return { stored: (await loadPrototype(stored.id))!, verified };
}

async function importText(text: string) {
  const location = memoryLocation({ path: '/' });
  render(
    <Router hook={location.hook}>
      <CatalogueScreen />
    </Router>,
  );
  const file = new File([text], 'relu.fabrik.json', { type: 'application/json' });
  await userEvent.upload(
    await screen.findByLabelText('Importer un prototype (fichier .fabrik.json)'),
    file,
  );
}

beforeEach(() => {
  useDatabase(new FabrikDatabase(`bad-signoff-import-${crypto.randomUUID()}`));
});

describe('a file with sign-offs Fabrik did not write, imported where the prototype is stored', () => {
  it('refuses an unknown role, an extra and a missing field, saying so; nothing stored changes', async () => {
    const { stored, verified } = await verifierMachine();
    const { comment: _comment, ...withoutComment } = verified.signoffs[0]!;
    const text = bundleToText({
      ...verified,
      signoffs: [{ ...withoutComment, role: 'dga', stamp: 'DGA' }],
    } as unknown as Bundle);
    await importText(text);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le visa 1 n’a pas de champ « comment »');
    expect(alert).toHaveTextContent('Le visa 1 a un champ inconnu « stamp »');
    expect(alert).toHaveTextContent('Le visa 1 a un rôle inconnu « dga »');
    expect(alert).toHaveTextContent(/Rien n.a été modifié dans vos prototypes/);
    expect(await loadPrototype(stored.id)).toEqual(stored);
  });

  it('flags a duplicated sign-off and one from a malformed key, and stores neither', async () => {
    const { stored, verified } = await verifierMachine();
    const first = verified.signoffs[0]!;
    const malformed = { ...first, publicKey: { ...first.publicKey, x: 'AAAA' } };
    for (const signoffs of [[first, first], [malformed]]) {
      await importText(bundleToText({ ...verified, signoffs }));
      expect(
        await screen.findByRole('button', { name: 'Ouvrir en lecture seule' }),
      ).toBeInTheDocument();
      expect(screen.getByText(/n’a pas été importé/)).toBeInTheDocument();
      expect(await loadPrototype(stored.id)).toEqual(stored);
      cleanup();
    }
  });
});
