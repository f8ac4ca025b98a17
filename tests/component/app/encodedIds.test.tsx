import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../../src/app/App';
import { createPrototype } from '../../../src/domain/prototype/create';
import { FabrikDatabase, useDatabase } from '../../../src/storage/db';
import { addPrototype } from '../../../src/storage/prototypeRepository';
import { prototypeHref, routeParam, withQuery } from '../../../src/ui/links';

/** Ids a file imported before ids were checked may have brought in. */
const oddIds = ['carte/residents', 'carte?residents', 'carte#residents', 'carte residents'];

let count = 0;
beforeEach(() => useDatabase(new FabrikDatabase(`encoded-ids-${count++}`)));

describe('links built from ids', () => {
  it('encode them, and the route gives them back', () => {
    for (const id of [...oddIds, 'carte%residents', '3f2a-uuid']) {
      const href = prototypeHref(id, 'form');
      expect(href).toMatch(/^\/p\/[^/?#\s]+\/form$/);
      // The router decodes all but reserved characters (decodeURI) before matching.
      const param = decodeURI(href.split('/')[2]!);
      expect(routeParam(param)).toBe(id);
    }
    expect(withQuery('/workshops', { version: 'a&b=c' })).toBe('/workshops?version=a%26b%3Dc');
  });

  it.each(oddIds)('open the prototype whose id is « %s » from the catalogue', async (id) => {
    const name = `Carte ${count}`;
    await addPrototype(createPrototype(name, new Date('2026-11-23T09:00:00.000Z'), id));
    const location = memoryLocation({ path: '/', record: true });
    render(
      <Router hook={location.hook}>
        <App />
      </Router>,
    );
    const list = await screen.findByRole('list', { name: 'Prototypes' });
    await userEvent.click(within(list).getByRole('link', { name }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Finalité de la démarche' }),
    ).toBeInTheDocument();
    expect(location.history.at(-1)).toBe(prototypeHref(id));
  });
});
