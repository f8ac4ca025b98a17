import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApprovedVersion } from '../../../src/domain/going-further/production/approved';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { contentOf } from '../../../src/domain/prototype/model';
import { createPrototype } from '../../../src/domain/prototype/create';
import '../../../src/features/going-further/production/i18n';
import { TestPlanPanel } from '../../../src/features/going-further/production/TestPlanPanel';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';

const prototype = createPrototype('Carte de stationnement', new Date());

/** Eight two-way choices in a row: 256 paths, so 256 cases and one per role. */
function branching(): ProcessGraph {
  const graph: ProcessGraph = {
    elements: [{ id: 'start', type: 'bpmn:StartEvent', kind: 'start', name: 'Dépôt' }],
    flows: [],
  };
  let previous = 'start';
  const flow = (sourceId: string, targetId: string, name = '') =>
    graph.flows.push({ id: `f${graph.flows.length}`, sourceId, targetId, name });
  for (let index = 0; index < 8; index += 1) {
    graph.elements.push(
      { id: `g${index}`, type: 'bpmn:ExclusiveGateway', kind: 'gateway', name: `Choix ${index}` },
      { id: `a${index}`, type: 'bpmn:UserTask', kind: 'task', name: `Oui ${index}`, role: 'Agent' },
      { id: `b${index}`, type: 'bpmn:UserTask', kind: 'task', name: `Non ${index}`, role: 'Agent' },
      { id: `j${index}`, type: 'bpmn:ExclusiveGateway', kind: 'gateway', name: '' },
    );
    flow(previous, `g${index}`);
    flow(`g${index}`, `a${index}`, 'Oui');
    flow(`g${index}`, `b${index}`, 'Non');
    flow(`a${index}`, `j${index}`);
    flow(`b${index}`, `j${index}`);
    previous = `j${index}`;
  }
  graph.elements.push({ id: 'end', type: 'bpmn:EndEvent', kind: 'end', name: 'Fin' });
  flow(previous, 'end');
  return graph;
}

const approved: ApprovedVersion = {
  content: contentOf(prototype),
  contentHash: 'a'.repeat(64),
  version: { id: 'v1', number: 1, name: 'Soumission', createdAt: prototype.createdAt },
  signoffs: [],
  graph: branching(),
};

beforeEach(() => {
  useEditorStore.setState({ ...initialEditorState, prototype, load: { state: 'ready' } });
});

describe('TestPlanPanel', () => {
  it('stays usable with more than 200 cases: drawn up, filtered, one opened at a time', async () => {
    const user = userEvent.setup();
    render(<TestPlanPanel approved={approved} />);
    await user.click(screen.getByRole('button', { name: 'Établir le plan de tests' }));
    const list = screen.getByRole('list', { name: 'Plan de tests de production' });
    const cases = within(list).getAllByRole('listitem');
    expect(cases.length).toBeGreaterThan(256);
    expect(screen.getByText(/^\d+ cas : 0 réussi\(s\), 0 en échec, \d+ à tester/)).toBeVisible();

    // Only the opened case draws its steps.
    expect(screen.queryByText('Note de test')).toBeNull();
    await user.click(within(cases[0]!).getByText('Parcours 1 : jusqu’à « Fin »'));
    await user.type(within(cases[0]!).getByLabelText('Note de test'), 'Statut absent');
    await user.click(within(cases[0]!).getByRole('button', { name: 'En échec' }));
    expect(within(cases[0]!).getByText('Résultat : En échec')).toBeVisible();
    expect(screen.getByRole('group', { name: 'Statut absent — Ouverte' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Afficher'), 'En échec');
    // The cases themselves, not the steps of the one opened.
    const shown = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(shown).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Afficher'), 'Réussis');
    expect(screen.getByText('Aucun cas ne correspond.')).toBeVisible();
  });
});
