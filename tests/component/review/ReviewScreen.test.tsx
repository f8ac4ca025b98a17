import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../src/app/stepStrings';
import { createPrototype } from '../../../src/domain/prototype/create';
import { reviewAfterImport } from '../../../src/domain/review/importing';
import { reviewOf } from '../../../src/domain/review/rounds';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { useEditorStore } from '../../../src/state/editorStore';
import { useNotifications } from '../../../src/state/notifications';
import { FabrikDatabase, useDatabase as selectDatabase } from '../../../src/storage/db';
import { listVersions } from '../../../src/storage/versionRepository';
import { downloadFile } from '../../../src/ui/download';
import { i18n } from '../../../src/ui/i18n/i18n';
import {
  now,
  readyPrototype,
  receivedPrototype,
  sentBundle,
  signedBy,
  openReviewScreen,
} from './fixtures';

vi.mock('../../../src/ui/download', () => ({ downloadFile: vi.fn() }));
// bpmn-js lays diagrams out by measuring SVG text, which jsdom cannot: it runs in the e2e.
vi.mock('../../../src/ui/diagram/diagramSvg', () => ({
  diagramSvg: () => Promise.resolve('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
}));

let count = 0;
let database: FabrikDatabase;
beforeEach(() => {
  database = new FabrikDatabase(`review-screen-${count++}`);
  selectDatabase(database);
});

afterEach(async () => {
  vi.restoreAllMocks();
  useNotifications.setState({ items: [] });
  cancelScheduledSave();
  vi.mocked(downloadFile).mockClear();
  await i18n.changeLanguage('fr');
});

const open = openReviewScreen;

const prototypeNow = () => useEditorStore.getState().prototype!;

/**
 * The checklist is computed asynchronously when the screen opens; on a busy machine that
 * takes longer than findBy's default second, so its first appearance gets more time (and
 * the tests that wait for it more than vitest's default five seconds).
 */
const checklistReady = { timeout: 10_000 };

describe('ReviewScreen, for the referent', { timeout: 20_000 }, () => {
  it('lists what blocks the submission, each with a link to where it is fixed', async () => {
    await open(createPrototype('Carte', now));
    const checklist = await screen.findByRole(
      'list',
      { name: 'Points de la liste de contrôle' },
      checklistReady,
    );
    const item = within(checklist)
      .getByText(/Désignez au moins un référent|référent/)
      .closest('li')!;
    expect(
      within(item).getByRole('link', { name: 'Corriger dans « Ateliers et versions »' }),
    ).toHaveAttribute('href', '/workshops');
    expect(
      within(checklist).getAllByRole('link', { name: 'Corriger dans « Finalité »' }),
    ).toHaveLength(6);
    expect(
      screen.getByText(/points? bloquants? à corriger avant de soumettre/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Soumettre et télécharger le fichier' }),
    ).toBeDisabled();
  });

  it('submits once the checklist is clean and every declaration confirmed: a version, the file', async () => {
    await open(readyPrototype());
    await screen.findByText(/Points bloquants : 0 ;/, undefined, checklistReady);
    const submit = screen.getByRole('button', { name: 'Soumettre et télécharger le fichier' });
    expect(screen.getByLabelText('Votre nom (référent)')).toHaveValue('Awa Diallo');
    for (const box of within(screen.getByRole('group', { name: 'Je déclare que :' })).getAllByRole(
      'checkbox',
    )) {
      expect(submit).toBeDisabled();
      await userEvent.click(box);
    }
    await userEvent.click(submit);
    // Submitting hashes and stores a version: give a busy machine time, as for the checklist.
    await screen.findByRole('heading', { name: 'En attente des relecteurs' }, checklistReady);
    expect(prototypeNow().status).toBe('submitted');
    await waitFor(() =>
      expect(vi.mocked(downloadFile)).toHaveBeenCalledWith(
        expect.stringMatching(/\.fabrik\.json$/),
        expect.stringContaining('"submission"'),
      ),
    );
    expect((await listVersions(prototypeNow().id)).map((version) => version.kind)).toEqual([
      'review',
    ]);
  });

  it('downloads nothing and announces nothing when the browser cannot store the submission', async () => {
    await open(readyPrototype());
    await screen.findByText(/Points bloquants : 0 ;/, undefined, checklistReady);
    for (const box of within(screen.getByRole('group', { name: 'Je déclare que :' })).getAllByRole(
      'checkbox',
    )) {
      await userEvent.click(box);
    }
    vi.spyOn(database.prototypes, 'put').mockRejectedValue(
      Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    );
    const submit = screen.getByRole('button', { name: 'Soumettre et télécharger le fichier' });
    await userEvent.click(submit);
    await waitFor(() => expect(useNotifications.getState().items).not.toEqual([]), checklistReady);
    const said = useNotifications.getState().items.map((item) => item.messageKey);
    expect(said).toContain('milestone.notStored');
    expect(said).not.toContain('review:submit.done');
    expect(vi.mocked(downloadFile)).not.toHaveBeenCalled();
    expect(prototypeNow().status).toBe('draft');
    // Still to submit: the form is there again for another try.
    expect(
      await screen.findByRole('button', { name: 'Soumettre et télécharger le fichier' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'En attente des relecteurs' })).toBeNull();
  });

  it('shows the comments received, which can be marked resolved, and asks for a new version', async () => {
    const ready = readyPrototype();
    const bundle = await signedBy(await sentBundle(ready), {
      role: 'verifier',
      name: 'Bruno Martin',
      decision: 'changes-requested',
      comment: 'À compléter.',
      comments: [{ id: 'c1', step: 'purpose', text: 'Préciser le public.' }],
    });
    const mine = reviewAfterImport(undefined, { ...bundle, signoffs: [] }, now).review!;
    const withOwnRound = {
      ...ready,
      review: {
        ...mine,
        rounds: mine.rounds.map((round) => ({ ...round, origin: 'submitted-here' as const })),
      },
    };
    await open({ ...withOwnRound, ...reviewAfterImport(withOwnRound.review, bundle, now) });
    const received = screen.getByRole('region', { name: 'Commentaires reçus' });
    expect(within(received).getByText('Préciser le public.')).toBeInTheDocument();
    expect(
      screen.getByText(/Des modifications ont été demandées sur la version 1/),
    ).toBeInTheDocument();
    expect(await screen.findByText('Modifications demandées par Bruno Martin')).toBeInTheDocument();
    await userEvent.click(within(received).getByRole('checkbox', { name: /Résolu/ }));
    expect(reviewOf(prototypeNow()).resolvedCommentIds).toEqual(['c1']);
  });

  it('is complete in English', async () => {
    await i18n.changeLanguage('en');
    await open(createPrototype('Carte', now));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Verification and approval' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Fix in “Workshops and versions”' }),
    ).toBeInTheDocument();
  });
});

describe('ReviewScreen, for the verifier', () => {
  it('comments on a step, then signs a decision that says why', async () => {
    await open(receivedPrototype(await sentBundle(readyPrototype())));
    expect(screen.getByRole('heading', { name: 'Votre vérification' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Commenter sur « Finalité »' }));
    await userEvent.type(
      screen.getByLabelText('Commentaire sur « Finalité »'),
      'Préciser le public.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter le commentaire' }));
    expect(screen.getByRole('heading', { name: 'Vos commentaires (1)' })).toBeInTheDocument();
    expect(reviewOf(prototypeNow()).draftComments.map((comment) => comment.text)).toEqual([
      'Préciser le public.',
    ]);

    const sign = screen.getByRole('button', { name: 'Signer et télécharger le fichier' });
    await userEvent.click(screen.getByRole('radio', { name: 'Modifications demandées' }));
    await userEvent.type(screen.getByLabelText('Votre nom'), 'Bruno Martin');
    expect(screen.getByText('Dites pourquoi, en quelques mots.')).toBeInTheDocument();
    expect(sign).toBeDisabled();
    await userEvent.type(screen.getByLabelText(/Commentaire sur votre décision/), 'À compléter.');
    await waitFor(() => expect(sign).toBeEnabled());
    await userEvent.click(sign);

    await screen.findByRole('heading', { name: 'Votre décision est signée' });
    expect(prototypeNow().status).toBe('changes-requested');
    const [signoff] = reviewOf(prototypeNow()).rounds[0]!.signoffs;
    expect(signoff).toMatchObject({
      role: 'verifier',
      name: 'Bruno Martin',
      decision: 'changes-requested',
    });
    expect(signoff!.comments.map((comment) => comment.text)).toEqual(['Préciser le public.']);
    expect(reviewOf(prototypeNow()).draftComments).toEqual([]);
    expect(await screen.findByText('Signature vérifiée')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Visas' });
    expect(within(list).getByText(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/)).toBeInTheDocument();
    // The reviewer's own key is known here, under the name they signed with.
    expect(await within(list).findByText(/Clé reconnue dans ce navigateur le/)).toBeInTheDocument();
  });

  it('refuses to sign what was changed here after it was received', async () => {
    const received = receivedPrototype(await sentBundle(readyPrototype()));
    await open({ ...received, purpose: { ...received.purpose, statement: 'Changé ici' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce prototype a été modifié dans ce navigateur depuis la réception du fichier',
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Vérifié' }));
    await userEvent.type(screen.getByLabelText('Votre nom'), 'Bruno Martin');
    expect(screen.getByRole('button', { name: 'Signer et télécharger le fichier' })).toBeDisabled();
  });
});
