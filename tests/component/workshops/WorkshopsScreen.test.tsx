import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { newWorkshop } from '../../../src/domain/workshops/defaults';
import WorkshopsScreen from '../../../src/features/workshops/WorkshopsScreen';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { undo } from '../../../src/state/commands';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import { FabrikDatabase, useDatabase } from '../../../src/storage/db';

let count = 0;
const start = new Date('2026-11-23T09:00:00.000Z');

function open(changes: Partial<Prototype> = {}) {
  const prototype = { ...createPrototype('Carte', start), ...changes };
  useEditorStore.setState({ ...initialEditorState, prototype, load: { state: 'ready' } });
}

const current = () => useEditorStore.getState().prototype!;

beforeEach(() => {
  useDatabase(new FabrikDatabase(`workshops-screen-${count++}`));
  open();
});

afterEach(() => {
  cancelScheduledSave();
  vi.useRealTimers();
});

describe('the team', () => {
  it('adds people, proposes the first as referent, and warns above six', async () => {
    const user = userEvent.setup();
    render(<WorkshopsScreen />);
    expect(screen.getByText(/Désignez au moins un référent/)).toBeInTheDocument();
    const add = screen.getByRole('group', { name: 'Ajouter une personne' });
    await user.type(within(add).getByLabelText('Nom'), 'Awa Diallo');
    await user.click(within(add).getByRole('button', { name: 'Ajouter à l’équipe' }));
    expect(current().team).toEqual([
      expect.objectContaining({ name: 'Awa Diallo', role: 'referent' }),
    ]);
    expect(screen.queryByText(/Désignez au moins un référent/)).not.toBeInTheDocument();
    for (const name of ['B', 'C', 'D', 'E', 'F', 'G']) {
      await user.type(within(add).getByLabelText('Nom'), `${name}{Enter}`);
    }
    expect(current().team[1]?.role).toBe('business-expert');
    expect(screen.getByText(/L’équipe compte 7 personnes/)).toBeInTheDocument();
  });

  it('adds a pasted list of people in one step, saying which lines it left out', async () => {
    const user = userEvent.setup();
    open({ team: [{ id: 'p1', name: 'Awa Diallo', service: 'État civil', role: 'referent' }] });
    render(<WorkshopsScreen />);
    await user.click(screen.getByText('Coller une liste de personnes'));
    const list = screen.getByLabelText('Une personne par ligne');
    await user.click(list);
    await user.paste(
      [
        'Bruno Martin ; Informatique ; Informatique',
        'Chloé Bernard ; Accueil ; Accueil du public',
        'Awa Diallo ; État civil ; Référent',
        'Dina Roux ; Finances ; Trésorière',
      ].join('\n'),
    );
    expect(list).toHaveAccessibleDescription(/Ligne 3 : « Awa Diallo » est déjà dans l’équipe/);
    expect(list).toHaveAccessibleDescription(/Ligne 4 : rôle « Trésorière » inconnu/);
    await user.click(screen.getByRole('button', { name: 'Ajouter ces 3 personnes' }));
    expect(current().team.map((person) => [person.name, person.role])).toEqual([
      ['Awa Diallo', 'referent'],
      ['Bruno Martin', 'it'],
      ['Chloé Bernard', 'front-desk'],
      ['Dina Roux', 'other'],
    ]);
    expect(screen.getByText('3 personnes ajoutées à l’équipe.')).toBeInTheDocument();
    act(() => undo());
    expect(current().team).toHaveLength(1);
  });

  it('ticks the whole team as present in one click, and undoes it in one', async () => {
    const user = userEvent.setup();
    open({
      team: ['Awa', 'Bruno', 'Chloé'].map((name, index) => ({
        id: `p${index}`,
        name,
        service: '',
        role: index === 0 ? 'referent' : 'business-expert',
      })),
      workshops: [{ ...newWorkshop('w1', 'Atelier 1'), attendeeIds: ['p1'] }],
    });
    render(<WorkshopsScreen />);
    const whole = screen.getByRole('button', { name: 'Toute l’équipe était présente' });
    await user.click(whole);
    for (const name of ['Awa', 'Bruno', 'Chloé']) {
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    }
    expect(whole).toBeDisabled();
    act(() => undo());
    expect(current().workshops[0]?.attendeeIds).toEqual(['p1']);
  });

  it('warns, without refusing, when the same person is added twice', async () => {
    const user = userEvent.setup();
    open({ team: [{ id: 'p1', name: 'Awa Diallo', service: 'État civil', role: 'referent' }] });
    render(<WorkshopsScreen />);
    const add = screen.getByRole('group', { name: 'Ajouter une personne' });
    await user.type(within(add).getByLabelText('Nom'), ' awa diallo');
    await user.type(within(add).getByLabelText('Service'), 'Etat civil');
    expect(within(add).getByLabelText('Nom')).toHaveAccessibleDescription(
      /Awa Diallo fait déjà partie de l’équipe, dans le même service/,
    );
    await user.click(within(add).getByRole('button', { name: 'Ajouter à l’équipe' }));
    expect(current().team).toHaveLength(2);
    expect(
      screen.getByText(/Une même personne semble figurer plusieurs fois dans l’équipe/),
    ).toHaveTextContent('Awa Diallo (État civil)');
  });

  it('asks before removing someone who is referred to, and the removal is undoable', async () => {
    const user = userEvent.setup();
    const workshop = { ...newWorkshop('w1', 'Atelier 1'), attendeeIds: ['p1'] };
    open({
      team: [{ id: 'p1', name: 'Awa', service: '', role: 'referent' }],
      workshops: [workshop],
    });
    render(<WorkshopsScreen />);
    await user.click(screen.getByRole('button', { name: 'Retirer Awa de l’équipe' }));
    const dialog = screen.getByRole('dialog', { name: 'Retirer Awa de l’équipe ?' });
    expect(dialog).toHaveTextContent('Awa participe à 1 atelier et figure dans');
    await user.click(within(dialog).getByRole('button', { name: 'Retirer' }));
    expect(current().team).toEqual([]);
    expect(current().workshops[0]?.attendeeIds).toEqual([]);
    act(() => undo());
    expect(current().team).toHaveLength(1);
  });
});

describe('an ended workshop', () => {
  it('shows its notes, decisions, attendees and agenda as text, as its version keeps them', () => {
    open({
      team: [
        { id: 'p1', name: 'Awa Diallo', service: '', role: 'referent' },
        { id: 'p2', name: 'Jean Martin', service: '', role: 'business-expert' },
      ],
      workshops: [
        {
          ...newWorkshop('w1', 'Atelier 1'),
          startedAt: start.toISOString(),
          endedAt: new Date(start.getTime() + 110 * 60_000).toISOString(),
          versionId: 'v1',
          attendeeIds: ['p1'],
          notes: 'Pas de pièce en double',
          decisions: [{ id: 'd1', text: 'Pas de livret de famille' }],
          agenda: [{ id: 'a1', title: 'Finalité', minutes: 20, done: true }],
        },
      ],
    });
    render(<WorkshopsScreen />);
    const card = screen.getByRole('article', { name: /Atelier 1/ });
    expect(within(card).getByText('Pas de pièce en double')).toBeInTheDocument();
    expect(within(card).getByText('Pas de livret de famille')).toBeInTheDocument();
    expect(within(card).getByText('Awa Diallo')).toBeInTheDocument();
    expect(within(card).queryByText('Jean Martin')).not.toBeInTheDocument();
    expect(within(card).getByText(/Finalité/)).toBeInTheDocument();
    expect(within(card).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(card).queryByLabelText(/Notes/)).not.toBeInTheDocument();
    expect(within(card).queryByDisplayValue('Finalité')).not.toBeInTheDocument();
    expect(within(card).queryByDisplayValue('Pas de livret de famille')).not.toBeInTheDocument();
    expect(
      within(card).queryByRole('button', { name: /Ajouter un point|Noter la décision|×/ }),
    ).not.toBeInTheDocument();
  });
});

describe('a running workshop', () => {
  it('shows the time left and the agenda point in progress, and moves to the next', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date(start.getTime() + 25 * 60_000) });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    open({
      workshops: [
        {
          ...newWorkshop('w1', 'Atelier 1'),
          startedAt: start.toISOString(),
          agenda: [
            { id: 'a1', title: 'Finalité', minutes: 20, done: false },
            { id: 'a2', title: 'Formulaire', minutes: 60, done: false },
          ],
        },
      ],
    });
    render(<WorkshopsScreen />);
    const running = screen.getByRole('region', { name: 'Atelier en cours : Atelier 1' });
    expect(within(running).getByRole('timer')).toHaveTextContent(/^1:3[45]:\d\d restantes$/);
    expect(within(running).getByText('Finalité')).toBeInTheDocument();
    expect(
      within(running).getByText(/Temps prévu pour ce point dépassé de 0:0[45]:\d\d/),
    ).toBeInTheDocument();
    await user.click(within(running).getByRole('button', { name: 'Point suivant' }));
    expect(within(running).getByText('Formulaire')).toBeInTheDocument();
    expect(current().workshops[0]?.agenda[0]).toMatchObject({
      done: true,
      doneAt: expect.any(String),
    });
    // The form's own 60 minutes, counted from now: not the 80 planned since the start.
    expect(
      within(running).getByText(/Encore (0:59:\d\d|1:00:00) prévues pour ce point/),
    ).toBeInTheDocument();
  });

  it('proposes « Fin de l’atelier « … » » as the name of the version taken at its end', async () => {
    const user = userEvent.setup();
    open({ workshops: [{ ...newWorkshop('w1', 'Atelier 1'), startedAt: start.toISOString() }] });
    render(<WorkshopsScreen />);
    await user.click(screen.getByRole('button', { name: 'Terminer l’atelier' }));
    expect(screen.getByLabelText('Nom de la version')).toHaveValue(
      'Fin de l’atelier « Atelier 1 »',
    );
  });

  it('warns beyond three workshops, without refusing a fourth', async () => {
    const user = userEvent.setup();
    render(<WorkshopsScreen />);
    const plan = screen.getByRole('button', { name: 'Planifier un atelier' });
    for (let i = 0; i < 3; i++) await user.click(plan);
    expect(screen.queryByText(/ateliers sont prévus/)).not.toBeInTheDocument();
    await user.click(plan);
    expect(current().workshops).toHaveLength(4);
    expect(
      screen.getByText(/4 ateliers sont prévus : la méthode en prévoit trois au plus/),
    ).toBeInTheDocument();
    expect(screen.getByRole('article', { name: /Atelier 4/ })).toBeInTheDocument();
  });

  it('warns when the agenda is longer than the workshop', () => {
    open({
      workshops: [
        {
          ...newWorkshop('w1', 'Atelier 1'),
          agenda: [{ id: 'a1', title: 'Tout', minutes: 150, done: false }],
        },
      ],
    });
    render(<WorkshopsScreen />);
    expect(
      screen.getByText(/L’ordre du jour dépasse la durée de l’atelier de 30 min/),
    ).toBeInTheDocument();
  });
});

describe('after « Ajouter … », typing goes into what was added', () => {
  it('an agenda point: its subject is focused and selected, so typing replaces it', async () => {
    const user = userEvent.setup();
    open({ workshops: [newWorkshop('w1', 'Atelier 1')] });
    render(<WorkshopsScreen />);
    await user.click(screen.getByRole('button', { name: 'Ajouter un point' }));
    await user.keyboard('Délais de réponse');
    expect(current().workshops[0]?.agenda).toEqual([
      expect.objectContaining({ title: 'Délais de réponse' }),
    ]);
    expect(document.documentElement).not.toHaveClass('presenting');
  });

  it('a planned workshop: its name is focused and selected', async () => {
    const user = userEvent.setup();
    render(<WorkshopsScreen />);
    await user.click(screen.getByRole('button', { name: 'Planifier un atelier' }));
    await user.keyboard('Pièces justificatives');
    expect(current().workshops).toEqual([
      expect.objectContaining({ title: 'Pièces justificatives' }),
    ]);
  });

  it('a person: the name box is focused again for the next one', async () => {
    const user = userEvent.setup();
    render(<WorkshopsScreen />);
    const add = screen.getByRole('group', { name: 'Ajouter une personne' });
    await user.type(within(add).getByLabelText('Nom'), 'Awa Diallo');
    await user.click(within(add).getByRole('button', { name: 'Ajouter à l’équipe' }));
    await user.keyboard('Paul Martin');
    expect(within(add).getByLabelText('Nom')).toHaveFocus();
    expect(within(add).getByLabelText('Nom')).toHaveValue('Paul Martin');
    expect(current().team).toHaveLength(1);
  });

  it('a decision: the box is focused again for the next one', async () => {
    const user = userEvent.setup();
    open({ workshops: [{ ...newWorkshop('w1', 'Atelier 1'), startedAt: start.toISOString() }] });
    render(<WorkshopsScreen />);
    const running = screen.getByRole('region', { name: 'Atelier en cours : Atelier 1' });
    await user.type(within(running).getByLabelText('Nouvelle décision'), 'Pas de livret');
    await user.click(within(running).getByRole('button', { name: 'Noter la décision' }));
    await user.keyboard('Un seul justificatif');
    expect(within(running).getByLabelText('Nouvelle décision')).toHaveValue('Un seul justificatif');
    expect(current().workshops[0]?.decisions).toHaveLength(1);
  });
});
