import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { startRun } from '../../../src/domain/tryout/run';
import { element, flow, Playground, ready } from './support';

// Two consultations at once, each with a reminder that does not stop it and a deadline
// that does.
const graph: ProcessGraph = {
  elements: [
    element('start', 'start'),
    { ...element('split', 'gateway'), type: 'bpmn:ParallelGateway' },
    element('t1', 'task', 'Consulter la mairie'),
    element('t2', 'task', 'Consulter la préfecture'),
    ...['t1', 't2'].flatMap((task) => [
      {
        ...element(`remind-${task}`, 'end', 'Relance'),
        kind: 'event' as const,
        type: 'bpmn:BoundaryEvent',
        attachedToId: task,
        interrupting: false as const,
      },
      {
        ...element(`late-${task}`, 'end', 'Délai dépassé'),
        kind: 'event' as const,
        type: 'bpmn:BoundaryEvent',
        attachedToId: task,
      },
    ]),
    element('remind', 'task', 'Relancer'),
    element('end', 'end'),
  ],
  flows: [
    flow('start', 'split'),
    flow('split', 't1'),
    flow('split', 't2'),
    flow('remind-t1', 'remind'),
    flow('remind-t2', 'remind'),
    flow('remind', 'end'),
  ],
};

describe('AgentsPanel boundary events', () => {
  it('say whether they interrupt the step, each button named after its own step', () => {
    render(<Playground process={ready(graph)} initial={startRun(graph)} />);
    const names = screen.getAllByRole('button').map((button) => button.textContent);
    expect(names).toHaveLength(6);
    expect(new Set(names).size).toBe(names.length);
    expect(
      screen.getByRole('button', { name: 'Relance (sans interrompre « Consulter la mairie »)' }),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Délai dépassé (interrompt « Consulter la mairie »)' }),
    ).toBeVisible();
  });

  it('leave the step to do when they do not interrupt it, and say so', async () => {
    render(<Playground process={ready(graph)} initial={startRun(graph)} />);
    await userEvent.click(
      screen.getByRole('button', { name: 'Relance (sans interrompre « Consulter la mairie »)' }),
    );
    const todo = screen.getByRole('list', { name: 'À faire maintenant' });
    expect(
      within(todo).getByRole('button', { name: 'Terminer « Consulter la mairie »' }),
    ).toBeVisible();
    expect(within(todo).getByRole('button', { name: 'Terminer « Relancer »' })).toBeVisible();
    const said = '« Relance » : c’est arrivé pendant « Consulter la mairie », qui continue';
    expect(screen.getByRole('status')).toHaveTextContent(said);
    expect(screen.getByRole('list', { name: 'Ce qui s’est passé' })).toHaveTextContent(said);
  });
});
