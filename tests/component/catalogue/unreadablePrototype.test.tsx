import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createPrototype } from '../../../src/domain/prototype/create';
import { CatalogueScreen } from '../../../src/features/catalogue/CatalogueScreen';
import { db, FabrikDatabase, useDatabase } from '../../../src/storage/db';
import { addPrototype } from '../../../src/storage/prototypeRepository';
import { downloadFile } from '../../../src/ui/download';
import { storedFixture } from '../../fixtures/stored';

vi.mock('../../../src/ui/download', () => ({ downloadFile: vi.fn() }));

let count = 0;

beforeEach(() => {
  useDatabase(new FabrikDatabase(`unreadable-test-${count++}`));
  vi.clearAllMocks();
});

describe('a stored prototype that cannot be read', () => {
  it('is listed aside with its raw content to export, and left as it is', async () => {
    await addPrototype(createPrototype('Cantine', new Date('2026-11-23T09:00:00.000Z')));
    const broken = { ...storedFixture('prototype-v1'), id: 'proto-broken', form: null };
    await db().prototypes.put(broken as never);
    render(
      <Router hook={memoryLocation({ path: '/' }).hook}>
        <CatalogueScreen />
      </Router>,
    );

    const aside = await screen.findByRole('alert');
    expect(
      within(aside).getByRole('heading', { name: 'Ce prototype ne peut pas être lu' }),
    ).toBeVisible();
    expect(aside).toHaveTextContent('Carte de stationnement résident');
    // The readable one is listed as usual.
    expect(await screen.findByRole('link', { name: /Cantine/ })).toBeVisible();

    await userEvent.click(
      within(aside).getByRole('button', { name: /^Exporter son contenu brut/ }),
    );
    const [fileName, text] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(fileName).toMatch(/^carte-de-stationnement-resident-.*\.contenu-brut\.json$/);
    expect(JSON.parse(text as string)).toEqual(broken);
    expect(await db().prototypes.get('proto-broken')).toEqual(broken);
  });
});
