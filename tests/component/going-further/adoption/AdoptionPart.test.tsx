import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { emptyFrame, emptyImpacts } from '../../../../src/domain/frame/empty';
import { createPrototype } from '../../../../src/domain/prototype/create';
import AdoptionPart from '../../../../src/features/going-further/adoption/AdoptionPart';
import { undo } from '../../../../src/state/commands';
import { initialEditorState, useEditorStore } from '../../../../src/state/editorStore';

beforeEach(() => {
  useEditorStore.setState({
    ...initialEditorState,
    prototype: createPrototype('Carte de stationnement', new Date()),
    load: { state: 'ready' },
  });
});

const adoption = () => useEditorStore.getState().prototype?.goingFurther?.adoption;

describe('the training guides', () => {
  it('draft a role’s guide with its steps only, and a quiz answered on screen', async () => {
    const user = userEvent.setup();
    render(<AdoptionPart />);
    await user.selectOptions(await screen.findByLabelText('Rôle'), 'Agent instructeur');
    const guide = screen.getByRole('article', { name: 'Guide de formation — Agent instructeur' });
    expect(
      within(guide).getByRole('heading', { name: 'Vérifier la complétude du dossier' }),
    ).toBeInTheDocument();
    expect(within(guide).queryByRole('heading', { name: 'Prendre la décision' })).toBeNull();

    const question = screen.getByRole('group', {
      name: 'Quel statut voit le demandeur après l’étape « Demander les pièces manquantes » ?',
    });
    await user.click(within(question).getByRole('radio', { name: 'Classée sans suite' }));
    await user.click(within(question).getByRole('button', { name: 'Vérifier' }));
    expect(question).toHaveTextContent(
      'Ce n’est pas ça : la bonne réponse est « En attente de vos pièces ».',
    );
    await user.click(within(question).getByRole('radio', { name: 'En attente de vos pièces' }));
    await user.click(within(question).getByRole('button', { name: 'Vérifier' }));
    expect(question).toHaveTextContent('Bonne réponse.');
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 bonne(s) réponse(s) sur 1 questions vérifiées.',
    );
  });

  it('keep the team’s wording in the guide, undoably', async () => {
    // The clock stands still: the keystrokes fall in one undo step however slow the machine.
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
    const user = userEvent.setup();
    render(<AdoptionPart />);
    await user.selectOptions(await screen.findByLabelText('Rôle'), 'Agent instructeur');
    const box = screen.getByLabelText('Ce qu’il faut vérifier — Vérifier la complétude du dossier');
    await user.clear(box);
    await user.type(box, 'Pièces et signature.');
    const guide = screen.getByRole('article', { name: 'Guide de formation — Agent instructeur' });
    expect(within(guide).getByText('Pièces et signature.')).toBeInTheDocument();
    expect(adoption()?.edits).toEqual([
      {
        key: 'guide:Agent instructeur:Task_CheckCompleteness:check',
        text: 'Pièces et signature.',
        generated: 'Toutes les pièces demandées sont-elles là, lisibles et à jour ?',
      },
    ]);
    undo();
    expect(adoption()?.edits).toBeUndefined();
  });

  it('drop a text refused as too long once the stored text changes another way', async () => {
    const user = userEvent.setup();
    render(<AdoptionPart />);
    await user.selectOptions(await screen.findByLabelText('Rôle'), 'Agent instructeur');
    const label = 'Ce qu’il faut vérifier — Vérifier la complétude du dossier';
    await user.clear(screen.getByLabelText(label));
    await user.type(screen.getByLabelText(label), 'Pièces.');
    fireEvent.change(screen.getByLabelText(label), { target: { value: 'x'.repeat(20_001) } });
    expect(screen.getByLabelText(label)).toHaveValue('x'.repeat(20_001));
    expect(adoption()?.edits?.[0]?.text).toBe('Pièces.');
    await user.click(screen.getByRole('button', { name: 'Revenir au texte généré' }));
    expect(screen.getByLabelText(label)).toHaveValue(
      'Toutes les pièces demandées sont-elles là, lisibles et à jour ?',
    );
  });
});

describe('the pilot', () => {
  it('warns about the ways nobody will try, and takes a pasted list of participants', async () => {
    const user = userEvent.setup();
    render(<AdoptionPart />);
    await user.click(screen.getByRole('button', { name: 'Pilote' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter un profil' }));
    await user.type(screen.getByLabelText('Nom du profil'), 'Particuliers');
    await user.click(screen.getByText('Parcours essayés par « Particuliers »'));
    const paths = screen.getByRole('group', { name: 'Parcours du traitement' });
    const boxes = within(paths).getAllByRole('checkbox');
    for (const box of boxes.slice(1)) await user.click(box);
    await user.type(
      screen.getByLabelText('Ajouter des participants (un nom par ligne)'),
      'Léa{Enter}Marc',
    );
    await user.selectOptions(
      screen.getByLabelText('Profil des participants ajoutés'),
      'Particuliers',
    );
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(screen.getByText('2 participants ajoutés.')).toBeInTheDocument();
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent('1 parcours n’est essayé par personne :');
    await user.click(boxes[0]!);
    expect(
      screen.getByText('Chaque parcours est essayé par au moins un participant.'),
    ).toBeInTheDocument();
  });

  it('keeps a feedback text too long for the file in its box, with a message', async () => {
    const user = userEvent.setup();
    render(<AdoptionPart />);
    await user.click(screen.getByRole('button', { name: 'Pilote' }));
    const box = screen.getByLabelText('Retour');
    await user.click(box);
    await user.paste('x'.repeat(100_000));
    expect(screen.getByText(/Ce texte fait 100000 caractères/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer le retour' })).toBeDisabled();
    expect((box as HTMLTextAreaElement).value).toHaveLength(100_000);
    expect(adoption()).toBeUndefined();
  });
});

describe('accepted pilot feedback', () => {
  it('keeps the change it leads to, undoably, and offers a way to what it concerns', async () => {
    const user = userEvent.setup();
    render(<AdoptionPart />);
    await user.click(screen.getByRole('button', { name: 'Pilote' }));
    await user.type(screen.getByLabelText('Retour'), 'Statut peu clair');
    await user.selectOptions(screen.getByLabelText('Concerne'), 'En cours de vérification');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le retour' }));
    expect(
      screen.getByRole('link', { name: 'Aller au statut « En cours de vérification »' }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Changement à apporter au prototype')).toBeNull();

    const item = screen.getByRole('group', {
      name: 'Retour — Statuts « En cours de vérification »',
    });
    await user.selectOptions(within(item).getByLabelText('Suite donnée'), 'Retenu');
    await user.type(screen.getByLabelText('Changement à apporter au prototype'), 'Renommer');
    expect(adoption()?.pilot?.feedback[0]).toMatchObject({
      status: 'accepted',
      change: 'Renommer',
    });
    undo();
    expect(adoption()?.pilot?.feedback[0]?.change).toBeUndefined();
    expect(await screen.findByLabelText('Changement à apporter au prototype')).toHaveValue('');
  });
});

describe('the communication plan', () => {
  it('proposes the usual audiences and drafts the key messages from the prototype', async () => {
    const user = userEvent.setup();
    render(<AdoptionPart />);
    await user.click(screen.getByRole('button', { name: 'Communication' }));
    await user.click(screen.getByRole('button', { name: 'Proposer les cibles habituelles' }));
    const plan = screen.getByRole('article', { name: 'Plan de communication' });
    const table = within(plan).getByRole('table', { name: 'Cibles de la communication' });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(plan).toHaveTextContent(
      'Un code de suivi de 8 caractères permet de suivre sa demande en ligne.',
    );
    const agents = screen.getByRole('group', { name: 'Agents' });
    expect(within(agents).getByLabelText('Contexte')).toHaveValue(
      'Rôles du processus : Demandeur, Agent instructeur, Responsable du service.',
    );
    await user.click(within(agents).getByRole('checkbox', { name: 'Presse' }));
    expect(adoption()?.communication?.audiences[1]?.channels).toEqual([
      'intranet',
      'press',
      'meeting',
    ]);
    expect(screen.queryByRole('button', { name: 'Proposer les cibles habituelles' })).toBeNull();
  });
});

describe('the evaluation after launch', () => {
  it('reviews each objective of the frame, and asks why one was missed', async () => {
    const user = userEvent.setup();
    const prototype = useEditorStore.getState().prototype!;
    useEditorStore.setState({
      prototype: {
        ...prototype,
        frame: {
          ...emptyFrame(),
          objectives: [
            {
              id: 'o1',
              objective: 'Réduire les délais',
              indicator: 'Délai moyen',
              target: '10 jours',
            },
          ],
        },
      },
    });
    render(<AdoptionPart />);
    await user.click(screen.getByRole('button', { name: 'Évaluation' }));
    const objective = screen.getByRole('group', {
      name: 'Réduire les délais — indicateur : Délai moyen, cible : 10 jours',
    });
    await user.type(within(objective).getByLabelText('Valeur observée'), '14 jours');
    await user.selectOptions(within(objective).getByLabelText('Atteint ?'), 'Non atteint');
    expect(
      screen.getByText(
        'L’objectif « Réduire les délais » n’est pas entièrement atteint : dites pourquoi.',
      ),
    ).toBeInTheDocument();
    await user.type(within(objective).getByLabelText('Pourquoi'), 'Recrutement tardif.');
    expect(screen.queryByText(/dites pourquoi/)).toBeNull();
    const table = screen.getByRole('table', { name: 'Objectifs du cadrage — À court terme' });
    expect(table).toHaveTextContent('14 jours');
    expect(table).toHaveTextContent('Non atteint');
  });
});

describe('the training sessions', () => {
  it('plan a session per role and flag what it still needs', async () => {
    const user = userEvent.setup();
    render(<AdoptionPart />);
    await user.click(screen.getByRole('button', { name: 'Sessions de formation' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter une session' }));
    const session = screen.getByRole('group', { name: 'Session 1 — Demandeur' });
    await user.selectOptions(within(session).getByLabelText('Rôle formé'), 'Agent instructeur');
    await user.selectOptions(screen.getByLabelText('Format'), 'E-learning');
    expect(
      screen.getByText('La session « Agent instructeur » n’a pas de date.'),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Autres participants (un par ligne)'), 'Julie Moreau');
    expect(screen.queryByText(/n’a aucun participant/)).toBeNull();
    const plan = screen.getByRole('table', { name: 'Sessions de formation' });
    expect(plan).toHaveTextContent('Agent instructeurE-learningà fixerJulie Moreau');
  });
});

describe('support and inclusion', () => {
  it('take the help the frame planned, and warn about what the plan still lacks', async () => {
    const user = userEvent.setup();
    const prototype = useEditorStore.getState().prototype!;
    const impacts = emptyImpacts();
    useEditorStore.setState({
      prototype: {
        ...prototype,
        impacts: {
          ...impacts,
          requesters: {
            ...impacts.requesters,
            help: ['counter'],
            channels: { online: 90, phone: 10 },
          },
        },
      },
    });
    render(<AdoptionPart />);
    await user.click(screen.getByRole('button', { name: 'Support et inclusion' }));
    expect(
      screen.getByText('Le cadrage prévoit « Guichet » : il manque au plan d’inclusion.'),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Reprendre les aides prévues au cadrage' }),
    );
    await user.type(screen.getByLabelText('Modalités — Guichet (où, quand, par qui)'), 'Mairie');
    expect(screen.queryByText(/prévoit « Guichet »/)).toBeNull();
    expect(
      screen.getByText(
        'Le cadrage attend 10 % des demandes par « Téléphone » : il manque au plan d’inclusion.',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Aides aux demandeurs' });
    expect(table).toHaveTextContent('GuichetMairie');
  });
});
