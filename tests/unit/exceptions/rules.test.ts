import { describe, expect, it } from 'vitest';
import { assessExceptionsWeight } from '../../../src/domain/exceptions/assessWeight';
import { exceptionsReadiness } from '../../../src/domain/exceptions/readiness';
import { isFrequent, mainPathTasks, weighExceptions } from '../../../src/domain/exceptions/weight';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import { createPrototype } from '../../../src/domain/prototype/create';
import { chainXml, exception } from './fixtures';

const now = new Date('2026-11-23T09:00:00.000Z');
const frequent = (id: string, extra = {}) => exception({ id, frequency: 'frequent', ...extra });

describe('isFrequent', () => {
  it('counts "frequent" and a share of at least 10 % of requests', () => {
    expect(isFrequent(frequent('a'))).toBe(true);
    expect(isFrequent(exception({ id: 'b', frequency: 'share', sharePercent: 10 }))).toBe(true);
    expect(isFrequent(exception({ id: 'c', frequency: 'share', sharePercent: 9 }))).toBe(false);
    expect(isFrequent(exception({ id: 'd', frequency: 'occasional' }))).toBe(false);
  });
});

describe('weighExceptions', () => {
  it('says nothing while frequent exceptions do not outnumber the main path', () => {
    const weight = weighExceptions([frequent('a'), frequent('b')], { pages: 3, tasks: 4 });
    expect(weight.outweighs).toBe(false);
  });

  it('speaks up when frequent exceptions outnumber the form’s pages', () => {
    const weight = weighExceptions([frequent('a'), frequent('b'), frequent('c')], {
      pages: 2,
      tasks: 5,
    });
    expect(weight).toMatchObject({ outweighs: true, reasons: ['pages'] });
    expect(weight.frequent).toHaveLength(3);
  });

  it('speaks up when they outnumber the process’s main tasks', () => {
    const weight = weighExceptions([frequent('a'), frequent('b'), frequent('c')], {
      pages: 4,
      tasks: 2,
    });
    expect(weight.reasons).toEqual(['tasks']);
  });

  it('speaks up when exceptions together concern half of the requests', () => {
    const weight = weighExceptions(
      [
        exception({ id: 'a', frequency: 'share', sharePercent: 30 }),
        exception({ id: 'b', frequency: 'share', sharePercent: 20 }),
      ],
      { pages: 5, tasks: 8 },
    );
    expect(weight).toMatchObject({ outweighs: true, reasons: ['share'], sharePercent: 50 });
  });

  it('leaves out exceptions already taken out of this e-service', () => {
    const weight = weighExceptions(
      [
        frequent('a', { decision: 'out-of-scope' }),
        frequent('b', { decision: 'separate-eservice' }),
        frequent('c', { decision: 'handled' }),
      ],
      { pages: 1 },
    );
    expect(weight.frequent.map((item) => item.id)).toEqual(['c']);
    expect(weight.outweighs).toBe(false);
  });
});

describe('mainPathTasks', () => {
  it('counts the tasks of the longest path that reaches an end', async () => {
    const tasks = [
      { id: 'T1', name: 'Vérifier' },
      { id: 'T2', name: 'Instruire' },
      { id: 'T3', name: 'Décider' },
    ];
    // A shortcut from the first task straight to the end must not make the main path look short.
    const read = await readProcessGraph(
      chainXml(tasks, '<bpmn:sequenceFlow id="Shortcut" sourceRef="T1" targetRef="End" />'),
    );
    if (!read.ok) throw new Error(read.error);
    expect(mainPathTasks(read.graph)).toBe(3);
  });

  it('has no main path when no path reaches an end', () => {
    expect(
      mainPathTasks({
        elements: [{ id: 'T', type: 'bpmn:Task', kind: 'task', name: 'x' }],
        flows: [],
      }),
    ).toBeUndefined();
  });
});

describe('assessExceptionsWeight', () => {
  it('weighs a prototype’s exceptions against its form pages and its BPMN', async () => {
    const base = createPrototype('Carte', now);
    const prototype = {
      ...base,
      process: { ...base.process, bpmnXml: chainXml([{ id: 'T1', name: 'Instruire' }]) },
      form: { pages: [...base.form.pages, { id: 'p2', title: 'Pièces', fields: [] }] },
      exceptions: [frequent('a'), frequent('b')],
    };
    const weight = await assessExceptionsWeight(prototype);
    expect(weight.mainPath).toEqual({ pages: 2, tasks: 1 });
    expect(weight.reasons).toEqual(['tasks']);
  });
});

describe('exceptionsReadiness', () => {
  it('asks for a decision on every exception, and for a referent in the team', () => {
    const prototype = {
      ...createPrototype('Carte', now),
      exceptions: [
        exception({ id: 'a', title: 'Tutelle' }),
        exception({ id: 'b', decision: 'later' }),
      ],
    };
    expect(exceptionsReadiness(prototype)).toEqual([
      {
        step: 'exceptions',
        messageKey: 'exceptions:readiness.noDecision',
        params: { title: 'Tutelle' },
        severity: 'error',
        target: { kind: 'exception', id: 'a' },
      },
      expect.objectContaining({ step: 'workshops', messageKey: 'workshops:readiness.noReferent' }),
    ]);
  });

  it('is empty when every exception is decided and the team has a referent', () => {
    const prototype = {
      ...createPrototype('Carte', now),
      team: [{ id: 'p1', name: 'Awa', service: '', role: 'referent' as const }],
      exceptions: [exception({ id: 'b', decision: 'out-of-scope' })],
    };
    expect(exceptionsReadiness(prototype)).toEqual([]);
  });
});
