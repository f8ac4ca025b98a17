import { describe, expect, it } from 'vitest';
import { communicationDocument } from '../../../../src/domain/going-further/adoption/communication';
import {
  audienceDate,
  communicationMoments,
} from '../../../../src/domain/going-further/adoption/communicationDates';
import { communicationWording } from '../../../../src/domain/going-further/adoption/communicationWording';
import type { Audience } from '../../../../src/domain/going-further/adoption/schema';
import { emptyCalendar } from '../../../../src/domain/going-further/calendar/empty';
import type { Calendar } from '../../../../src/domain/going-further/calendar/schema';
import type { Operation } from '../../../../src/domain/going-further/operations/schema';
import { audience as anAudience } from '../fixtures';

const operations: Operation[] = [
  { id: 'install', name: 'Installation', raci: {} },
  { id: 'train', name: 'Formation', raci: {} },
];
/** Two operations of 5 working days, one after the other, from Monday 1 March 2027. */
const calendar: Calendar = {
  ...emptyCalendar(),
  start: '2027-03-01',
  tasks: [
    { operationId: 'install', durationDays: 5, dependsOn: [], deliverable: '' },
    { operationId: 'train', durationDays: 5, dependsOn: ['install'], deliverable: '' },
  ],
};
const audience = (scope: Audience['scope'], date = '') => anAudience({ id: scope, scope, date });

describe('the communication plan’s dates, aligned on the deployment calendar', () => {
  it('proposes the internal note before the pilot and the launch at the opening to all', () => {
    // Operations 1–12 March; pilot of 20 working days from 15 March (Easter Monday, 29 March,
    // is not one), margin of 5, generalisation from 20 April.
    const moments = communicationMoments(operations, calendar);
    expect(moments).toEqual({
      internal: '2027-03-08',
      pilotStart: '2027-03-15',
      open: '2027-04-20',
    });
    expect(audienceDate(audience('internal'), moments)).toEqual({
      day: '2027-03-08',
      proposed: true,
      proposal: '2027-03-08',
    });
    expect(audienceDate(audience('external'), moments)).toMatchObject({
      day: '2027-04-20',
      proposed: true,
    });
  });

  it('follows the calendar when it moves, and goes live after the operations in a big bang', () => {
    const longer: Calendar = {
      ...calendar,
      tasks: calendar.tasks.map((task) =>
        task.operationId === 'install' ? { ...task, durationDays: 10 } : task,
      ),
    };
    expect(communicationMoments(operations, longer)?.pilotStart).toBe('2027-03-22');
    const bigBang = communicationMoments(operations, { ...calendar, strategy: 'big-bang' });
    expect(bigBang).toEqual({
      internal: '2027-03-08',
      pilotStart: '2027-03-15',
      open: '2027-03-15',
    });
  });

  it('proposes nothing while the calendar has no start day', () => {
    expect(communicationMoments(operations, undefined)).toBeUndefined();
    expect(communicationMoments(operations, emptyCalendar())).toBeUndefined();
    expect(audienceDate(audience('internal'), undefined)).toEqual({ day: '', proposed: false });
    expect(audienceDate(audience('external', '2027-01-04'), undefined)).toEqual({
      day: '2027-01-04',
      proposed: false,
    });
  });

  it('keeps a date the team chose, and flags one the calendar contradicts', () => {
    const moments = communicationMoments(operations, calendar);
    expect(audienceDate(audience('internal', '2027-03-10'), moments)).toEqual({
      day: '2027-03-10',
      proposed: false,
      proposal: '2027-03-08',
    });
    expect(audienceDate(audience('internal', '2027-03-15'), moments).problem).toBe(
      'internal-after-pilot',
    );
    expect(audienceDate(audience('external', '2027-04-19'), moments).problem).toBe(
      'external-before-open',
    );
    expect(audienceDate(audience('external', '2027-04-20'), moments).problem).toBeUndefined();
  });

  it('says in the plan where each date comes from, and which does not hold', () => {
    const words = communicationWording.fr;
    const moments = communicationMoments(operations, calendar);
    const document = communicationDocument(
      [audience('internal'), audience('external', '2027-04-01')],
      { note: '', messages: '' },
      words,
      moments,
    );
    expect(document.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Dates alignées sur le calendrier de déploiement : communication interne le 08/03/2027, avant le pilote (15/03/2027) ; communication de lancement le 20/04/2027, à l’ouverture à tous.',
    });
    const table = document.blocks.find((block) => block.kind === 'table');
    const dates = table?.kind === 'table' ? table.rows.map((row) => row.at(-1)) : [];
    expect(dates).toEqual([
      '08/03/2027 (proposée d’après le calendrier)',
      '01/04/2027 — incohérente avec le calendrier : avant l’ouverture à tous (20/04/2027), le public apprendrait l’existence d’un service qui ne lui est pas encore ouvert.',
    ]);
  });
});
