import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { startRun } from '../../../src/domain/tryout/run';
import { element, flow, Playground, ready } from './support';

const inclusive = (id: string, name: string) => ({
  ...element(id, 'gateway', name),
  type: 'bpmn:InclusiveGateway',
});

const graph: ProcessGraph = {
  elements: [
    element('start', 'start'),
    inclusive('split', 'Pièces à demander'),
    element('id', 'task', 'Demander la pièce d’identité'),
    element('income', 'task', 'Demander l’avis d’imposition'),
    inclusive('join', ''),
    element('end', 'end', 'Dossier complet'),
  ],
  flows: [
    flow('start', 'split'),
    flow('split', 'id', 'Identité'),
    flow('split', 'income', 'Revenus'),
    flow('id', 'join'),
    flow('income', 'join'),
    flow('join', 'end'),
  ],
};

describe('an inclusive gateway in the try-out', () => {
  it('lets several ways be ticked and taken at once, the join waiting for both', async () => {
    render(<Playground process={ready(graph)} initial={startRun(graph)} />);
    const choice = screen.getByRole('group', { name: 'Pièces à demander' });
    const goOn = screen.getByRole('button', {
      name: 'Continuer « Pièces à demander » par les voies cochées',
    });
    await userEvent.click(goOn);
    expect(screen.getByRole('alert')).toHaveTextContent('Cochez au moins une voie pour continuer.');

    await userEvent.click(within(choice).getByRole('checkbox', { name: 'Identité' }));
    await userEvent.click(within(choice).getByRole('checkbox', { name: 'Revenus' }));
    await userEvent.click(goOn);
    expect(screen.getByRole('list', { name: 'Ce qui s’est passé' })).toHaveTextContent(
      '« Pièces à demander » : Identité, Revenus',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Terminer « Demander la pièce d’identité »' }),
    );
    expect(screen.queryByText('La demande est arrivée au bout du traitement.')).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: 'Terminer « Demander l’avis d’imposition »' }),
    );
    expect(screen.getByText('La demande est arrivée au bout du traitement.')).toBeVisible();
  });
});
