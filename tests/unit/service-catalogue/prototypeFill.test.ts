import { describe, expect, it } from 'vitest';
import type { Field } from '../../../src/domain/form/schema';
import { emptyCalendar } from '../../../src/domain/going-further/calendar/empty';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { ServiceDesign } from '../../../src/domain/service-catalogue/design';
import {
  combineDesigns,
  fillFromPrototypes,
  prototypeDesign,
  resolveDifference,
} from '../../../src/domain/service-catalogue/prototypeFill';
import { createServiceEntry, readStoredEntry } from '../../../src/domain/service-catalogue/schema';

const field = (id: string, type: Field['type'], extra: Partial<Field> = {}): Field => ({
  id,
  key: id,
  type,
  label: id,
  ...extra,
});

const graph: ProcessGraph = {
  elements: [
    { id: 's', type: 'bpmn:StartEvent', kind: 'start', name: 'Demande reçue' },
    { id: 'a', type: 'bpmn:UserTask', kind: 'task', name: 'Vérifier', role: 'Agent d’accueil' },
    { id: 'b', type: 'bpmn:UserTask', kind: 'task', name: 'Instruire', lane: 'Instructeur' },
    { id: 'c', type: 'bpmn:UserTask', kind: 'task', name: 'Décider', role: 'Agent d’accueil' },
  ],
  flows: [],
};

function prototype() {
  const made = createPrototype('Carte de stationnement', new Date('2026-12-01T10:00:00Z'), 'p1');
  made.form.pages[0]!.fields = [
    field('name', 'shortText', {
      prefill: { source: 'franceconnect', detail: 'nom de naissance' },
    }),
    field('plate', 'shortText'),
    field('intro', 'explanation'),
  ];
  made.tracking.commitment.days = 15;
  made.status = 'verified';
  return made;
}

const entry = createServiceEntry('s1', 'Carte résident', new Date('2026-12-01T10:00:00Z'));

describe('prototypeDesign', () => {
  it('reads the fields asked and prefilled, the flow, the response time and the review state', () => {
    const design = prototypeDesign(prototype(), graph);
    expect(design).toEqual({
      fieldsAsked: 2,
      fieldsPrefilled: 1,
      processSteps: 3,
      roles: ['Agent d’accueil', 'Instructeur'],
      responseDays: 15,
      messageChannels: ['email'],
      exceptions: 0,
      reviewState: 'verified',
    });
  });

  it('says nothing of the flow when the diagram cannot be read, nor of a time not decided', () => {
    const source = prototype();
    source.tracking.commitment.days = null;
    const design = prototypeDesign(source, undefined);
    expect(design).not.toHaveProperty('processSteps');
    expect(design).not.toHaveProperty('roles');
    expect(design).not.toHaveProperty('responseDays');
  });

  it('takes the launch date from the going-further calendar when the prototype has one', () => {
    const calendar = { ...emptyCalendar(), deadline: '2027-09-01' };
    const source = { ...prototype(), goingFurther: { calendar } };
    expect(prototypeDesign(source, graph).launchDate).toBe('2027-09-01');
    const undecided = { ...prototype(), goingFurther: { calendar: emptyCalendar() } };
    expect(prototypeDesign(undecided, graph)).not.toHaveProperty('launchDate');
    expect(prototypeDesign(prototype(), graph)).not.toHaveProperty('launchDate');
  });
});

describe('combineDesigns', () => {
  it('adds counts, joins lists, keeps the longest time, the least advanced review, the last launch', () => {
    const combined = combineDesigns([
      {
        fieldsAsked: 2,
        roles: ['Agent'],
        responseDays: 10,
        reviewState: 'approved',
        launchDate: '2027-01-10',
        messageChannels: ['email'],
      },
      {
        fieldsAsked: 3,
        roles: ['Agent', 'Élu'],
        responseDays: 30,
        reviewState: 'submitted',
        launchDate: '2027-03-01',
        messageChannels: ['letter'],
      },
    ]);
    expect(combined).toEqual({
      fieldsAsked: 5,
      roles: ['Agent', 'Élu'],
      responseDays: 30,
      reviewState: 'submitted',
      launchDate: '2027-03-01',
      messageChannels: ['email', 'letter'],
    });
  });

  it('leaves unknown what one of the prototypes does not know', () => {
    expect(combineDesigns([{ responseDays: 10 }, {}])).toEqual({});
  });
});

describe('fillFromPrototypes', () => {
  const said: ServiceDesign = { fieldsAsked: 2, responseDays: 15, roles: ['Agent'] };

  it('fills an empty entry and remembers what the prototypes said', () => {
    const { entry: filled, differences } = fillFromPrototypes(entry, said);
    expect(filled.design).toEqual(said);
    expect(filled.designFromPrototypes).toEqual(said);
    expect(differences).toEqual([]);
  });

  it('follows the prototypes where the team typed nothing', () => {
    const first = fillFromPrototypes(entry, said).entry;
    const { entry: updated, differences } = fillFromPrototypes(first, {
      ...said,
      fieldsAsked: 4,
    });
    expect(updated.design?.fieldsAsked).toBe(4);
    expect(differences).toEqual([]);
  });

  it('returns the same entry when nothing is new, so that nothing is saved', () => {
    const first = fillFromPrototypes(entry, said).entry;
    expect(fillFromPrototypes(first, { ...said, roles: ['Agent'] }).entry).toBe(first);
  });

  it('never overwrites a value the team typed: it reports the difference', () => {
    const first = fillFromPrototypes(entry, said).entry;
    const typed = { ...first, design: { ...first.design, responseDays: 10 } };
    const { entry: kept, differences } = fillFromPrototypes(typed, { ...said, responseDays: 20 });
    expect(kept.design?.responseDays).toBe(10);
    expect(differences).toEqual([{ key: 'responseDays', typed: 10, fromPrototypes: 20 }]);
  });

  it('reports a value typed before any prototype was linked', () => {
    const typed = { ...entry, design: { fieldsAsked: 7 } };
    const { entry: kept, differences } = fillFromPrototypes(typed, said);
    expect(kept.design).toEqual({ fieldsAsked: 7, responseDays: 15, roles: ['Agent'] });
    expect(differences).toEqual([{ key: 'fieldsAsked', typed: 7, fromPrototypes: 2 }]);
  });

  it('lets the team keep its value, and asks again only when the prototypes change', () => {
    const typed = { ...entry, design: { fieldsAsked: 7 } };
    const { differences } = fillFromPrototypes(typed, said);
    const kept = resolveDifference(typed, differences[0]!, 'keep');
    expect(kept.design?.fieldsAsked).toBe(7);
    const again = fillFromPrototypes(kept, said);
    expect(again.differences).toEqual([]);
    expect(again.entry.design?.fieldsAsked).toBe(7);
    expect(fillFromPrototypes(kept, { ...said, fieldsAsked: 3 }).differences).toEqual([
      { key: 'fieldsAsked', typed: 7, fromPrototypes: 3 },
    ]);
  });

  it('lets the team take the prototypes’ value, which then follows them', () => {
    const typed = { ...entry, design: { fieldsAsked: 7 } };
    const { differences } = fillFromPrototypes(typed, said);
    const taken = resolveDifference(typed, differences[0]!, 'take');
    expect(taken.design?.fieldsAsked).toBe(2);
    expect(fillFromPrototypes(taken, { ...said, fieldsAsked: 3 }).entry.design?.fieldsAsked).toBe(
      3,
    );
  });
});

describe('a stored design', () => {
  it('is read back, and a part of the wrong kind is dropped rather than the entry', () => {
    const read = readStoredEntry({
      ...entry,
      design: { fieldsAsked: 3, responseDays: 'soon', reviewState: 'approved' },
    });
    expect(read?.design).toEqual({ fieldsAsked: 3, reviewState: 'approved' });
    expect(read?.designFromPrototypes).toBeUndefined();
  });
});
