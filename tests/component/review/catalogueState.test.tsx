import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { reviewStatuses } from '../../../src/domain/prototype/model';
import { createPrototype } from '../../../src/domain/prototype/create';
import { CatalogueScreen } from '../../../src/features/catalogue/CatalogueScreen';
import { FabrikDatabase, useDatabase } from '../../../src/storage/db';
import { addPrototype } from '../../../src/storage/prototypeRepository';

const labels = {
  draft: 'Brouillon',
  submitted: 'Soumis à vérification',
  'changes-requested': 'Modifications demandées',
  verified: 'Vérifié',
  approved: 'Approuvé',
  rejected: 'Rejeté',
} as const;

beforeEach(() => {
  useDatabase(new FabrikDatabase(`catalogue-review-state-${crypto.randomUUID()}`));
});

describe('the catalogue', () => {
  it('shows each prototype’s review state', async () => {
    expect([...reviewStatuses].sort()).toEqual(Object.keys(labels).sort());
    for (const status of reviewStatuses) {
      await addPrototype({
        ...createPrototype(`Démarche ${status}`, new Date('2026-11-23T09:00:00.000Z')),
        status,
      });
    }
    const location = memoryLocation({ path: '/' });
    render(
      <Router hook={location.hook}>
        <CatalogueScreen />
      </Router>,
    );
    const list = await screen.findByRole('list', { name: 'Prototypes' });
    for (const status of reviewStatuses) {
      const card = (await within(list).findByRole('link', { name: `Démarche ${status}` })).closest(
        'li',
      )!;
      expect(within(card).getByText(labels[status], { exact: true })).toBeInTheDocument();
    }
  });
});
