import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setCalendarSettings } from '../../../src/domain/going-further/calendar/commands';
import CalendarPart from '../../../src/features/going-further/calendar/CalendarPart';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import { planned } from '../../unit/going-further/fixtures';

const stored = () => useEditorStore.getState().prototype!;
const row = (name: string) =>
  within(screen.getByRole('table', { name: 'Opérations, dates et dépendances' })).getByRole('row', {
    name: new RegExp(`^${name}`),
  });

beforeEach(() => {
  useEditorStore.setState({
    ...initialEditorState,
    prototype: setCalendarSettings({ changes: { start: '2027-01-04' } }).apply(planned()),
    load: { state: 'ready' },
  });
});

describe('CalendarPart', () => {
  it('moves what follows an operation when its duration changes', async () => {
    render(<CalendarPart />);
    expect(within(row('Paramétrage')).getAllByRole('cell')[0]).toHaveTextContent('11 janvier 2027');
    const duration = screen.getByRole('textbox', {
      name: 'Durée de « Installation » (jours ouvrés)',
    });
    await userEvent.clear(duration);
    await userEvent.type(duration, '8');
    expect(within(row('Paramétrage')).getAllByRole('cell')[0]).toHaveTextContent('14 janvier 2027');
  });

  it('says at the place why 0 or 10 000 days cannot be kept, and keeps the stored duration', async () => {
    render(<CalendarPart />);
    const duration = screen.getByRole('textbox', {
      name: 'Durée de « Installation » (jours ouvrés)',
    });
    await userEvent.clear(duration);
    await userEvent.type(duration, '0');
    expect(duration).toHaveAccessibleDescription(
      'Au moins 1 jour(s) ouvré(s). Le calendrier garde 5.',
    );
    await userEvent.clear(duration);
    await userEvent.paste('10000');
    expect(duration).toHaveAccessibleDescription(
      'Au plus 1000 jours ouvrés. Le calendrier garde 5.',
    );
    expect(stored().goingFurther?.calendar?.tasks[0]?.durationDays).toBe(5);
  });

  it('refuses a dependency that would make a loop, and says when the deadline is before the start', async () => {
    render(<CalendarPart />);
    const before = stored();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Ajouter une opération avant « Installation »' }),
      'Paramétrage',
    );
    expect(stored()).toBe(before);
    const deadline = screen.getByLabelText('Ouverture à tous au plus tard le');
    await userEvent.type(deadline, '2026-12-01');
    expect(deadline).toHaveAccessibleDescription(
      'Laissez vide s’il n’y a pas d’échéance. L’échéance est avant le premier jour du déploiement.',
    );
  });
});
