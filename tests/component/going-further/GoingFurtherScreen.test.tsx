import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import GoingFurtherScreen from '../../../src/features/going-further/GoingFurtherScreen';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';

beforeEach(() => {
  sessionStorage.clear();
  useEditorStore.setState({
    ...initialEditorState,
    prototype: createPrototype('Carte de stationnement', new Date()),
    load: { state: 'ready' },
  });
});

describe('GoingFurtherScreen', () => {
  it('shows one part at a time, chosen in its sub-navigation', async () => {
    render(<GoingFurtherScreen />);
    const nav = await screen.findByRole('navigation', { name: 'Parties de l’étape' });
    expect(nav).toHaveTextContent(
      'Opérations et RACICalendrierMise en productionLancementAdoption',
    );
    expect(
      await screen.findByRole('heading', { name: 'Opérations de déploiement et RACI' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Calendrier' }));
    expect(screen.getByRole('button', { name: 'Calendrier' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(
      await screen.findByRole('heading', { name: 'Calendrier du déploiement' }),
    ).toBeInTheDocument();
  });
});
