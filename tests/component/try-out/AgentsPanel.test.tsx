import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { startRun, type TryoutRun } from '../../../src/domain/tryout/run';
import { element, flow, Playground, ready } from './support';

describe('AgentsPanel', () => {
  it('says where the processing stops when a step leads nowhere, with a link to fix it', async () => {
    const graph: ProcessGraph = {
      elements: [
        { ...element('start', 'start'), name: 'Demande déposée' },
        { ...element('check', 'task', 'Vérifier'), role: 'Instructeur', delayDays: 3 },
      ],
      flows: [flow('start', 'check')],
    };
    render(<Playground process={ready(graph)} initial={startRun(graph)} />);
    const todo = screen.getByRole('list', { name: 'À faire maintenant' });
    expect(todo).toHaveTextContent('Qui : Instructeur');
    expect(todo).toHaveTextContent('Délai : 3 jours ouvrés, soit jusqu’au jour 3');
    await userEvent.click(screen.getByRole('button', { name: 'Terminer « Vérifier »' }));
    expect(screen.getByRole('heading', { name: 'À faire maintenant' })).toHaveFocus();
    expect(
      screen.getByText(/Le traitement s’arrête à « Vérifier » sans arriver à une fin/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Aller à l’étape « Traitement »' })).toHaveAttribute(
      'href',
      '/process',
    );
    expect(screen.getByRole('list', { name: 'Ce qui s’est passé' })).toHaveTextContent(
      'jour 3 (jour ouvré 3)« Vérifier » terminée',
    );
    expect(screen.queryByText('La demande est arrivée au bout du traitement.')).toBeNull();
  });

  it('offers each way out of a choice, and says when the request has arrived', async () => {
    const graph: ProcessGraph = {
      elements: [
        element('start', 'start'),
        element('decide', 'gateway', 'Décision'),
        element('yes', 'end', 'Acceptée'),
        element('no', 'end', 'Refusée'),
      ],
      flows: [flow('start', 'decide'), flow('decide', 'yes', 'Oui'), flow('decide', 'no')],
    };
    render(<Playground process={ready(graph)} initial={startRun(graph)} />);
    const choice = screen.getByRole('group', { name: 'Décision' });
    // An unnamed flow is offered under the name of where it goes.
    expect(within(choice).getByRole('button', { name: 'Refusée (« Décision »)' })).toBeVisible();
    await userEvent.click(within(choice).getByRole('button', { name: /^Oui/ }));
    expect(screen.getByText('La demande est arrivée au bout du traitement.')).toBeVisible();
    expect(screen.getByText('Plus rien à faire.')).toBeVisible();
  });

  it('explains a process that cannot be walked: not drawn, unreadable, no start, changed since', () => {
    const empty: ProcessGraph = { elements: [], flows: [] };
    const { rerender } = render(
      <Playground
        process={{ xml: '', state: 'empty', graph: null, shown: null }}
        initial={startRun(empty)}
      />,
    );
    expect(screen.getByText(/Le traitement n’est pas encore dessiné/)).toBeVisible();

    rerender(
      <Playground
        process={{ xml: '<x', state: 'error', graph: null, shown: null, error: 'unclosed tag' }}
        initial={startRun(empty)}
      />,
    );
    expect(screen.getByText(/Le traitement enregistré ne peut pas être lu/)).toBeVisible();
    expect(screen.queryByText(/unclosed tag/)).toBeNull();

    rerender(<Playground process={ready(empty)} initial={startRun(empty)} />);
    expect(screen.getByText(/n’a pas d’événement de début/)).toBeVisible();

    const graph: ProcessGraph = { elements: [element('start', 'start')], flows: [] };
    const lost: TryoutRun = {
      ...startRun(graph),
      tokens: [{ id: 'token-9', elementId: 'gone', day: 0 }],
    };
    rerender(<Playground key="lost" process={ready(graph)} initial={lost} />);
    expect(screen.getByText(/Le traitement a changé depuis le début de l’essai/)).toBeVisible();
  });

  it('gives every button its own name when several steps wait at once', () => {
    // A parallel split onto two choices and two tasks with a same-named timer each.
    const graph: ProcessGraph = {
      elements: [
        element('start', 'start'),
        { ...element('split', 'gateway'), type: 'bpmn:ParallelGateway' },
        element('g1', 'gateway', 'Pièces valides ?'),
        element('g2', 'gateway', 'Paiement reçu ?'),
        element('t1', 'task', 'Consulter la mairie'),
        element('t2', 'task', 'Consulter la préfecture'),
        { ...element('timer1', 'end', 'Relance'), type: 'bpmn:BoundaryEvent', attachedToId: 't1' },
        { ...element('timer2', 'end', 'Relance'), type: 'bpmn:BoundaryEvent', attachedToId: 't2' },
        element('end', 'end'),
      ],
      flows: [
        flow('start', 'split'),
        ...['g1', 'g2', 't1', 't2'].map((id) => flow('split', id)),
        flow('g1', 'end', 'Oui'),
        { ...flow('g1', 'end', 'Non'), id: 'g1-no' },
        flow('g2', 'end', 'Oui'),
        { ...flow('g2', 'end', 'Non'), id: 'g2-no' },
      ],
    };
    render(<Playground process={ready(graph)} initial={startRun(graph)} />);
    const names = screen.getAllByRole('button').map((button) => button.textContent);
    expect(names).toHaveLength(8);
    expect(new Set(names).size).toBe(names.length);
    expect(
      screen.getByRole('button', { name: 'Relance (interrompt « Consulter la mairie »)' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Oui (« Paiement reçu ? »)' })).toBeVisible();
  });

  it('says what an action did, the status the requester now sees included', async () => {
    const graph: ProcessGraph = {
      elements: [
        element('start', 'start'),
        { ...element('check', 'task', 'Vérifier'), statusId: 'examining' },
        {
          ...element('received', 'end', 'Pièces reçues'),
          kind: 'event',
          type: 'bpmn:IntermediateCatchEvent',
        },
        { ...element('end', 'end', 'Demande traitée'), statusId: 'done' },
      ],
      flows: [flow('start', 'check'), flow('check', 'received'), flow('received', 'end')],
    };
    const statuses = [
      { id: 'examining', label: 'En instruction' },
      { id: 'done', label: 'Traitée' },
    ];
    render(<Playground process={ready(graph)} initial={startRun(graph)} statuses={statuses} />);
    const announcer = screen.getByRole('status');
    expect(announcer).toBeEmptyDOMElement();
    await userEvent.click(screen.getByRole('button', { name: 'Terminer « Vérifier »' }));
    expect(announcer).toHaveTextContent('« Vérifier » terminée');
    await userEvent.click(screen.getByRole('button', { name: 'C’est arrivé : « Pièces reçues »' }));
    expect(announcer).toHaveTextContent(
      '« Pièces reçues » : c’est arrivé. Fin : « Demande traitée ». Le demandeur voit maintenant le statut « Traitée »',
    );
    expect(screen.getByRole('list', { name: 'Ce qui s’est passé' })).toHaveTextContent(
      '« Pièces reçues » : c’est arrivé',
    );
  });

  it('says when parallel branches will never all come, and names every dead end once', async () => {
    // An exclusive choice opens one branch, but the parallel join waits for both; the
    // other way leads to two steps with no way on.
    const graph: ProcessGraph = {
      elements: [
        element('start', 'start'),
        element('choice', 'gateway', 'Urgent ?'),
        { ...element('join', 'gateway', 'Tout est prêt'), type: 'bpmn:ParallelGateway' },
        element('a', 'task', 'Classer'),
        element('b', 'task', 'Archiver'),
        element('end', 'end'),
      ],
      flows: [
        flow('start', 'choice'),
        flow('choice', 'join', 'Oui'),
        { ...flow('choice', 'join', 'Oui aussi'), id: 'again' },
        flow('choice', 'a', 'Non'),
        flow('a', 'b'),
        { ...flow('a', 'b'), id: 'a-b-2' },
        flow('join', 'end'),
      ],
    };
    const { unmount } = render(<Playground process={ready(graph)} initial={startRun(graph)} />);
    await userEvent.click(screen.getByRole('button', { name: /^Oui \(/ }));
    expect(
      screen.getByText(
        /La demande attend à « Tout est prêt » des branches qui ne viendront jamais/,
      ),
    ).toBeVisible();
    expect(screen.queryByText('La demande est arrivée au bout du traitement.')).toBeNull();
    unmount();

    render(<Playground process={ready(graph)} initial={startRun(graph)} />);
    await userEvent.click(screen.getByRole('button', { name: /^Non/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Terminer « Classer »' }));
    await userEvent.click(screen.getAllByRole('button', { name: 'Terminer « Archiver »' })[0]!);
    await userEvent.click(screen.getByRole('button', { name: 'Terminer « Archiver »' }));
    expect(
      screen.getByText(/^Le traitement s’arrête à « Archiver » sans arriver à une fin/),
    ).toBeVisible();
  });

  it('lets a request sent before the process could be read start once it can', async () => {
    const graph: ProcessGraph = {
      elements: [element('start', 'start'), element('check', 'task', 'Vérifier')],
      flows: [flow('start', 'check')],
    };
    const sentTooEarly = startRun({ elements: [], flows: [] });
    render(<Playground process={ready(graph)} initial={sentTooEarly} />);
    expect(screen.queryByText(/n’a pas d’événement de début/)).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: 'Faire partir la demande dans le traitement' }),
    );
    expect(screen.getByRole('button', { name: 'Terminer « Vérifier »' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'À faire maintenant' })).toHaveFocus();
  });
});
