import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { isGoingFurtherDone } from '../../../src/domain/going-further/progress';
import { createPrototype } from '../../../src/domain/prototype/create';
import LaunchPart from '../../../src/features/going-further/launch/LaunchPart';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';

const stored = () => useEditorStore.getState().prototype!;

beforeEach(() => {
  useEditorStore.setState({
    ...initialEditorState,
    prototype: createPrototype('Carte de stationnement', new Date()),
    load: { state: 'ready' },
  });
});

describe('LaunchPart', () => {
  it('ticks the pilot then the open phase; the step is done once the opening is', async () => {
    render(<LaunchPart />);
    const pilot = within(screen.getByRole('group', { name: 'Phase pilote' }));
    await userEvent.click(pilot.getByRole('checkbox', { name: 'Le bilan du pilote est rédigé' }));
    await userEvent.type(
      pilot.getByRole('textbox', { name: 'Précisions : Le bilan du pilote est rédigé' }),
      'Bilan au comité du 12 mars',
    );
    expect(stored().goingFurther?.launch?.pilot.report).toEqual({
      done: true,
      note: 'Bilan au comité du 12 mars',
    });
    expect(pilot.getByText('1 sur 5 fait(s)')).toBeInTheDocument();
    expect(isGoingFurtherDone(stored())).toBe(false);

    const open = within(screen.getByRole('group', { name: 'Phase d’ouverture à tous' }));
    for (const box of open.getAllByRole('checkbox')) await userEvent.click(box);
    expect(
      screen.getByText(
        'Toutes les vérifications de l’ouverture sont faites : la démarche est lancée.',
      ),
    ).toBeInTheDocument();
    expect(isGoingFurtherDone(stored())).toBe(true);
  });
});
