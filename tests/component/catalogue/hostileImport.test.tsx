import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createPrototype } from '../../../src/domain/prototype/create';
import { CatalogueScreen } from '../../../src/features/catalogue/CatalogueScreen';
import { i18n } from '../../../src/ui/i18n/i18n';
import { db, FabrikDatabase, useDatabase } from '../../../src/storage/db';
import { addPrototype } from '../../../src/storage/prototypeRepository';
import { hostileFiles } from '../../fixtures/hostile/corpus';

const importLabel = /Importer un prototype|Import a prototype/;

let count = 0;
const stored = createPrototype('Déjà là', new Date('2026-11-20T09:00:00.000Z'));

beforeEach(async () => {
  useDatabase(new FabrikDatabase(`hostile-import-${count++}`));
  await addPrototype(stored);
});

async function importBytes(name: string, bytes: Uint8Array) {
  render(
    <Router hook={memoryLocation({ path: '/' }).hook}>
      <CatalogueScreen />
    </Router>,
  );
  const file = new File([bytes as BlobPart], name, { type: 'application/json' });
  await userEvent.upload(await screen.findByLabelText(importLabel), file);
}

// The 50 MB file is refused on its size alone, before it is read (tested in the browser).
const refused = hostileFiles.filter(
  (file) => file.expected !== 'accepted' && file.name !== '50-mo.fabrik.json',
);

describe('a hostile file picked in the catalogue', () => {
  it.each(refused.map((file) => [file.name, file] as const))(
    '%s is refused in French, and nothing stored changes',
    async (name, file) => {
      const before = await db().prototypes.toArray();
      await importBytes(name, await file.bytes());
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(`Import impossible : « ${name} »`);
      expect(alert).toHaveTextContent('Rien n’a été modifié dans vos prototypes.');
      expect(alert).not.toHaveTextContent(
        /\b(expected|received|unexpected|invalid|token)\b|at position/i,
      );
      expect(screen.queryByRole('status')).not.toBeInTheDocument();
      expect(await db().prototypes.toArray()).toEqual(before);
    },
  );

  it('is refused in English in the English interface', async () => {
    await i18n.changeLanguage('en');
    try {
      const file = hostileFiles.find((candidate) => candidate.name === '6000-visas.fabrik.json')!;
      await importBytes(file.name, await file.bytes());
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'The file carries 6,000 sign-offs, far more than a review’s',
      );
    } finally {
      await i18n.changeLanguage('fr');
    }
  });

  it('opens when it only starts with a byte order mark', async () => {
    const file = hostileFiles.find((candidate) => candidate.name === 'bom.fabrik.json')!;
    await importBytes(file.name, await file.bytes());
    await waitFor(async () => expect(await db().prototypes.count()).toBe(2));
  });
});
