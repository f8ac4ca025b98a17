import { describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { PrototypeContent } from '../../../src/domain/prototype/schema';
import { diffContents, isEmptyDiff } from '../../../src/domain/versions/diff';
import { chainXml, exception } from '../exceptions/fixtures';

const base = createPrototype('Carte de stationnement', new Date('2026-11-23T09:00:00.000Z'));
const pageId = base.form.pages[0]!.id;

function content(changes: Partial<PrototypeContent>): PrototypeContent {
  return { ...base, ...changes };
}

type Form = PrototypeContent['form'];
type Field = Form['pages'][number]['fields'][number];

// Built loosely so that the test follows the diff, not every detail of the form model.
const field = (id: string, label: string, extra: Record<string, unknown> = {}) =>
  ({ id, key: id, type: 'shortText', label, ...extra }) as Field;

const form = (...fields: Field[]): Form => ({
  pages: [{ id: pageId, title: 'Votre demande', fields }],
});

describe('diffContents: the form', () => {
  it('finds fields added, removed, and changed with their old and new values', async () => {
    const before = content({
      form: form(field('f1', 'Nom'), field('f2', 'Prénom'), field('f3', 'Âge')),
    });
    const after = content({
      form: form(
        field('f1', 'Nom de naissance'),
        field('f3', 'Âge', { required: true }),
        field('f4', 'Courriel'),
      ),
    });
    const diff = await diffContents(before, after);
    expect(diff.fields.added.map((entry) => entry.label)).toEqual(['Courriel']);
    expect(diff.fields.removed.map((entry) => entry.label)).toEqual(['Prénom']);
    expect(diff.fields.changed.map(({ after: entry, changes }) => [entry.id, changes])).toEqual([
      ['f1', [{ property: 'label', before: 'Nom', after: 'Nom de naissance' }]],
      ['f3', [{ property: 'required', before: undefined, after: true }]],
    ]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('reads a field moved to another page as a change of page, not as removed and added', async () => {
    const before = content({
      form: {
        pages: [
          { id: 'p1', title: 'Vous', fields: [field('f1', 'Nom'), field('f2', 'Adresse')] },
          { id: 'p2', title: 'Votre véhicule', fields: [] },
        ],
      },
    });
    const after = content({
      form: {
        pages: [
          { id: 'p1', title: 'Vous', fields: [field('f1', 'Nom')] },
          { id: 'p2', title: 'Votre logement', fields: [field('f2', 'Adresse')] },
        ],
      },
    });
    const diff = await diffContents(before, after);
    expect(diff.fields.added).toEqual([]);
    expect(diff.fields.removed).toEqual([]);
    expect(diff.fields.changed[0]?.changes).toEqual([
      { property: 'page', before: 'Vous', after: 'Votre logement' },
    ]);
    expect(diff.pages.changed[0]?.changes).toEqual([
      { property: 'title', before: 'Votre véhicule', after: 'Votre logement' },
    ]);
  });

  it('compares fields inside a section on their own, and sees one moved into it', async () => {
    const section = (fields: Field[]) => field('s1', 'Votre logement', { type: 'section', fields });
    const diff = await diffContents(
      content({ form: form(section([field('f1', 'Adresse')]), field('f2', 'Étage')) }),
      content({
        form: form(section([field('f1', 'Adresse postale'), field('f2', 'Étage')])),
      }),
    );
    expect(diff.fields.changed.map(({ after: entry, changes }) => [entry.id, changes])).toEqual([
      ['f1', [{ property: 'label', before: 'Adresse', after: 'Adresse postale' }]],
      ['f2', [{ property: 'container', before: undefined, after: 'Votre logement' }]],
    ]);
  });

  it('sees a reorder as a move, not as a change of every field', async () => {
    const diff = await diffContents(
      content({ form: form(field('f1', 'A'), field('f2', 'B'), field('f3', 'C')) }),
      content({ form: form(field('f3', 'C'), field('f1', 'A'), field('f2', 'B')) }),
    );
    expect(diff.fields.changed).toEqual([]);
    expect(diff.fields.moved.map((entry) => entry.id)).toEqual(['f3']);
  });

  it('finds nothing between a content and itself', async () => {
    expect(isEmptyDiff(await diffContents(base, structuredClone(base)))).toBe(true);
  });
});

describe('diffContents: the process', () => {
  const tasks = [
    { id: 'T1', name: 'Vérifier la complétude' },
    { id: 'T2', name: 'Instruire' },
  ];

  it('finds steps added, removed and renamed, from the BPMN', async () => {
    const before = content({ process: { ...base.process, bpmnXml: chainXml(tasks) } });
    const after = content({
      process: {
        ...base.process,
        bpmnXml: chainXml([
          { id: 'T1', name: 'Vérifier les pièces' },
          { id: 'T3', name: 'Signer la carte' },
        ]),
      },
    });
    const diff = await diffContents(before, after);
    if (!diff.process.readable) throw new Error('unreadable');
    expect(diff.process.added.map((step) => step.name)).toEqual(['Signer la carte']);
    expect(diff.process.removed.map((step) => step.name)).toEqual(['Instruire']);
    expect(diff.process.renamed.map(({ before: b, after: a }) => [b.name, a.name])).toEqual([
      ['Vérifier la complétude', 'Vérifier les pièces'],
    ]);
  });

  it('says which side could not be read rather than inventing a difference', async () => {
    const diff = await diffContents(
      content({ process: { ...base.process, bpmnXml: chainXml(tasks) } }),
      content({ process: { ...base.process, bpmnXml: '<not-bpmn' } }),
    );
    expect(diff.process).toEqual({ readable: false, unreadable: ['after'] });
  });
});

describe('diffContents: tracking and exceptions', () => {
  it('finds statuses and messages added, removed or changed', async () => {
    const tracking = (statuses: object[], messages: object[]) =>
      ({ ...base.tracking, statuses, messages }) as unknown as PrototypeContent['tracking'];
    const before = content({
      tracking: tracking(
        [
          { id: 's1', label: 'Déposée' },
          { id: 's2', label: 'En cours' },
        ],
        [{ id: 'm1', subject: 'Bien reçu' }],
      ),
    });
    const after = content({
      tracking: tracking(
        [{ id: 's1', label: 'Reçue' }],
        [
          { id: 'm1', subject: 'Nous avons bien reçu votre demande' },
          { id: 'm2', subject: 'Acceptée' },
        ],
      ),
    });
    const diff = await diffContents(before, after);
    const byKey = Object.fromEntries(diff.tracking.collections.map(({ key, diff: d }) => [key, d]));
    expect(byKey.statuses?.removed.map((status) => status.id)).toEqual(['s2']);
    expect(byKey.statuses?.changed[0]?.changes).toEqual([
      { property: 'label', before: 'Déposée', after: 'Reçue' },
    ]);
    expect(byKey.messages?.added.map((message) => message.id)).toEqual(['m2']);
    expect(byKey.messages?.changed[0]?.changes[0]?.property).toBe('subject');
  });

  it('tells exceptions resolved apart from exceptions added or otherwise changed', async () => {
    const before = content({
      exceptions: [exception({ id: 'e1' }), exception({ id: 'e2' })],
    });
    const after = content({
      exceptions: [
        exception({ id: 'e1', status: 'resolved', decision: 'handled' }),
        exception({ id: 'e2', frequency: 'rare' }),
        exception({ id: 'e3' }),
      ],
    });
    const diff = await diffContents(before, after);
    expect(diff.exceptions.added.map((item) => item.id)).toEqual(['e3']);
    expect(diff.exceptions.resolved.map(({ after: item }) => item.id)).toEqual(['e1']);
    expect(diff.exceptions.changed.map(({ after: item }) => item.id)).toEqual(['e2']);
  });

  it('reports a change of name and of purpose', async () => {
    const diff = await diffContents(
      base,
      content({ name: 'Carte résident', purpose: { ...base.purpose, audience: 'Les résidents' } }),
    );
    expect(diff.name).toEqual({
      property: 'name',
      before: 'Carte de stationnement',
      after: 'Carte résident',
    });
    expect(diff.purpose).toEqual([{ property: 'audience', before: '', after: 'Les résidents' }]);
  });
});
