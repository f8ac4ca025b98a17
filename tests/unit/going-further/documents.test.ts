import { describe, expect, it } from 'vitest';
import { calendarDocument } from '../../../src/domain/going-further/calendar/document';
import { scheduleDeployment } from '../../../src/domain/going-further/calendar/schedule';
import { raciActors } from '../../../src/domain/going-further/operations/actors';
import { raciDocument } from '../../../src/domain/going-further/operations/document';
import type { DocumentWords } from '../../../src/domain/going-further/words';
import { planned } from './fixtures';

/** Words that show the key and its values, so the test reads what the generator asked for. */
const words: DocumentWords = {
  t: (key, params) => (params ? `${key}(${Object.values(params).join('|')})` : key),
  date: (day) => `<${day}>`,
};

describe('the RACI document', () => {
  it('is the matrix, an operation per row and an actor per column, then the checks', () => {
    const prototype = planned();
    const { operations, actors } = prototype.goingFurther!.operations!;
    const everyone = raciActors(prototype.team, ['Agent instructeur'], actors);
    const doc = raciDocument(prototype.name, operations, everyone, words);
    expect(doc.title).toBe('document.title(Carte de stationnement)');
    const table = doc.blocks.find((block) => block.kind === 'table');
    expect(table).toMatchObject({
      caption: 'document.matrix',
      columns: [
        'document.operation',
        'Léa Martin',
        'Paul Roux',
        'Agent instructeur',
        'Équipe de production',
        'DSI',
        'Intégrateur',
        'Comité de pilotage',
      ],
    });
    expect(table?.kind === 'table' && table.rows[0]).toEqual([
      'Installation',
      '',
      '',
      '',
      'R',
      'A',
      '',
      'I',
    ]);
    expect(table?.kind === 'table' && table.rows[4]?.slice(0, 4)).toEqual([
      'Formation',
      '',
      '',
      'I',
    ]);
    expect(doc.blocks.slice(-4)).toEqual([
      { kind: 'paragraph', text: 'checks.errors(2)' },
      {
        kind: 'list',
        items: [
          'problems.no-responsible(Nouveaux processus de travail)',
          'problems.no-responsible(Communication)',
        ],
      },
      { kind: 'paragraph', text: 'checks.warnings(2)' },
      {
        kind: 'list',
        items: ['problems.idle-actor(Léa Martin)', 'problems.idle-actor(Paul Roux)'],
      },
    ]);
  });
});

describe('the calendar document', () => {
  it('gives each operation its days, duration, dependencies, then phases and reviews', () => {
    const prototype = planned();
    const operations = prototype.goingFurther!.operations!.operations;
    const calendar = { ...prototype.goingFurther!.calendar!, start: '2027-01-04' };
    const schedule = scheduleDeployment(operations, calendar, 'Fin du pilote');
    const doc = calendarDocument(prototype.name, operations, calendar, schedule, words);
    const [operationsTable, phases, reviews] = doc.blocks.filter((block) => block.kind === 'table');
    expect(operationsTable?.kind === 'table' && operationsTable.rows.slice(0, 2)).toEqual([
      ['Installation', '<2027-01-04>', '<2027-01-08>', '5', '', ''],
      ['Paramétrage', '<2027-01-11>', '<2027-01-22>', '10', 'Installation', ''],
    ]);
    expect(phases?.kind === 'table' && phases.rows.map((row) => row[0])).toEqual([
      'phases.pilot',
      'phases.margin',
      'phases.generalisation',
    ]);
    expect(reviews?.kind === 'table' && reviews.rows.map((row) => row[0])).toEqual([
      'Décision de mise en service',
      'Fin du pilote',
    ]);
    expect(doc.blocks).toContainEqual({
      kind: 'list',
      items: [
        'criteria.unmet(criteria.items.anomalies)',
        'criteria.unmet(criteria.items.documentation)',
        'criteria.unmet(criteria.items.training)',
        'criteria.unmet(criteria.items.processes)',
      ],
    });
  });

  it('names the operations caught in a loop', () => {
    const prototype = planned();
    const operations = prototype.goingFurther!.operations!.operations;
    const base = prototype.goingFurther!.calendar!;
    const [first, second] = operations;
    const calendar = {
      ...base,
      tasks: base.tasks.map((task) =>
        task.operationId === first!.id ? { ...task, dependsOn: [second!.id] } : task,
      ),
    };
    const schedule = scheduleDeployment(operations, calendar, 'R');
    const doc = calendarDocument(prototype.name, operations, calendar, schedule, words);
    expect(doc.blocks.at(-1)).toEqual({
      kind: 'list',
      items: ['problems.loop(Installation → Paramétrage)'],
    });
  });
});
