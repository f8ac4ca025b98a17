import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scenarioCoverage } from '../../../src/domain/coverage/coverage';
import type { Form } from '../../../src/domain/form/schema';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import type { Scenario } from '../../../src/domain/scenarios/schema';
import '../../../src/features/try-out/i18n';
import { ScenarioCoverage } from '../../../src/features/try-out/ScenarioCoverage';
import { element, flow } from './support';

const graph: ProcessGraph = {
  elements: [
    element('start', 'start', 'Demande déposée'),
    element('decision', 'gateway', 'Décision'),
    element('accept', 'task', 'Accepter'),
    element('refuse', 'task', 'Refuser'),
    element('join', 'gateway', ''),
    element('end', 'end', 'Terminé'),
  ],
  flows: [
    flow('start', 'decision'),
    flow('decision', 'accept', 'Acceptée'),
    flow('decision', 'refuse', 'Refusée'),
    flow('accept', 'join'),
    flow('refuse', 'join'),
    flow('join', 'end'),
  ],
};

const form: Form = {
  pages: [
    {
      id: 'p',
      title: 'Vous',
      fields: [
        { id: 'kind', key: 'kind', type: 'shortText', label: 'Statut' },
        {
          id: 'siret',
          key: 'siret',
          type: 'siret',
          label: 'Numéro SIRET',
          visibleWhen: { all: [{ field: 'kind', op: 'equals', value: 'entreprise' }] },
        },
      ],
    },
  ],
};

const accepted: Scenario = {
  id: 'a',
  name: 'Acceptée',
  answers: { kind: 'entreprise' },
  answered: {},
  actions: [
    { kind: 'choose', elementId: 'decision', flowId: 'decision-accept' },
    { kind: 'complete', elementId: 'accept' },
  ],
  statusIds: [],
  elapsedDays: 0,
  savedAt: '2026-11-23T10:00:00.000Z',
};

describe('scenario coverage', () => {
  it('lists in plain words the paths and the conditions no scenario reaches', () => {
    const coverage = scenarioCoverage([accepted], { form, graph });
    render(<ScenarioCoverage coverage={coverage} xml="" graph={graph} />);
    const region = screen.getByRole('region', { name: 'Couverture des scénarios' });
    expect(region).toHaveTextContent(
      'Chemins du traitement parcourus par au moins un scénario : 1 sur 2.',
    );
    const missed = within(region).getByRole('list', { name: 'Ce qu’aucun scénario n’atteint' });
    expect(
      within(missed)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Le chemin Demande déposée → Décision : Refusée → Refuser → Terminé',
      'Le champ « Numéro SIRET » masqué (sa condition d’affichage non remplie)',
    ]);
  });

  it('says so when the scenarios reach everything', () => {
    const refused: Scenario = {
      ...accepted,
      id: 'r',
      answers: {},
      actions: [
        { kind: 'choose', elementId: 'decision', flowId: 'decision-refuse' },
        { kind: 'complete', elementId: 'refuse' },
      ],
    };
    const coverage = scenarioCoverage([accepted, refused], { form, graph });
    render(<ScenarioCoverage coverage={coverage} xml="" graph={graph} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText(/Les scénarios parcourent tous les chemins/)).toBeVisible();
  });
});
