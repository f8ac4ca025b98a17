import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { startRun } from '../../../src/domain/tryout/run';
import { element, flow, Playground, ready } from './support';

const graph: ProcessGraph = {
  elements: [
    element('online', 'start', 'En ligne'),
    element('post', 'start', 'Par courrier'),
    element('check', 'task', 'Vérifier la demande'),
    element('scan', 'task', 'Numériser le courrier'),
  ],
  flows: [flow('online', 'check'), flow('post', 'scan')],
};

// Sent while the process could not be read: the run has nowhere to start from.
const sentTooEarly = startRun({ elements: [], flows: [] });

describe('a request sent before the process could be read', () => {
  it('asks which start event it comes through, then starts from it', async () => {
    render(<Playground process={ready(graph)} initial={sentTooEarly} />);
    expect(screen.getByText(/le traitement n’avait pas de début/)).toBeVisible();
    const starts = screen.getByRole('group', { name: 'Par où arrive la demande ?' });
    expect(within(starts).getByRole('radio', { name: 'En ligne' })).toBeChecked();
    await userEvent.click(within(starts).getByRole('radio', { name: 'Par courrier' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Faire partir la demande dans le traitement' }),
    );
    expect(
      screen.getByRole('button', { name: 'Terminer « Numériser le courrier »' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Terminer « Vérifier la demande »' })).toBeNull();
  });

  it('starts at once from the one start event there is, without asking', async () => {
    const one: ProcessGraph = { elements: graph.elements.slice(1), flows: graph.flows.slice(1) };
    render(<Playground process={ready(one)} initial={sentTooEarly} />);
    expect(screen.queryByRole('group', { name: 'Par où arrive la demande ?' })).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: 'Faire partir la demande dans le traitement' }),
    );
    expect(
      screen.getByRole('button', { name: 'Terminer « Numériser le courrier »' }),
    ).toBeVisible();
  });
});
