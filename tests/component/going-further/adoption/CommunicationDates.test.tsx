import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyCalendar } from '../../../../src/domain/going-further/calendar/empty';
import AdoptionPart from '../../../../src/features/going-further/adoption/AdoptionPart';
import { useEditorStore } from '../../../../src/state/editorStore';
import { openPrototype } from '../../editorFixture';

beforeEach(() => {
  openPrototype({
    goingFurther: {
      operations: {
        operations: [{ id: 'install', name: 'Installation', raci: {} }],
        actors: [],
      },
      // One operation of 5 working days from Monday 1 March 2027: the pilot from 8 March.
      calendar: {
        ...emptyCalendar(),
        start: '2027-03-01',
        tasks: [{ operationId: 'install', durationDays: 5, dependsOn: [], deliverable: '' }],
      },
    },
  });
});

const audiences = () =>
  useEditorStore.getState().prototype?.goingFurther?.adoption?.communication?.audiences ?? [];

describe('the communication plan’s dates', () => {
  it('are proposed from the deployment calendar, may be replaced, and a wrong one is flagged', async () => {
    const user = userEvent.setup();
    render(<AdoptionPart />);
    await user.click(screen.getByRole('button', { name: 'Communication' }));
    await user.click(screen.getByRole('button', { name: 'Proposer les cibles habituelles' }));

    const agents = screen.getByRole('group', { name: 'Agents' });
    const date = within(agents).getByLabelText('Date');
    expect(date).toHaveValue('2027-03-01');
    expect(date).toHaveAccessibleDescription(/Proposée d’après le calendrier de déploiement/);
    const requesters = screen.getByRole('group', { name: 'Demandeurs' });
    // Pilot 20 working days from 8 March (Easter Monday aside), margin 5: open on 13 April.
    expect(within(requesters).getByLabelText('Date')).toHaveValue('2027-04-13');
    expect(audiences().map((audience) => audience.date)).toEqual(['', '', '', '']);

    fireEvent.change(date, { target: { value: '2027-03-09' } });
    expect(audiences()[1]?.date).toBe('2027-03-09');
    expect(date).toBeInvalid();
    expect(date).toHaveAccessibleDescription(/après le début du pilote \(08\/03\/2027\)/);
    const plan = screen.getByRole('article', { name: 'Plan de communication' });
    expect(plan).toHaveTextContent('09/03/2027 — incohérente avec le calendrier');

    await user.click(
      within(agents).getByRole('button', {
        name: 'Reprendre pour « Agents » la date du calendrier (01/03/2027)',
      }),
    );
    expect(audiences()[1]?.date).toBe('');
    expect(date).toHaveValue('2027-03-01');
    expect(date).toBeValid();
  });
});
