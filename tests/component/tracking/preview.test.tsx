import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import TrackingScreen from '../../../src/features/tracking/TrackingScreen';
import { openTab } from '../../../src/features/tracking/viewStore';
import { openInStore } from './support';

const frame = () => screen.getByRole('region', { name: 'Aperçu de la page de suivi' });

beforeEach(() => openTab('code'));

describe('the requester’s tracking page preview', () => {
  it('follows a path of the process: the history, where the request is, the messages', async () => {
    openInStore();
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const path = await screen.findByLabelText('Parcours de la demande');
    await user.selectOptions(
      path,
      await screen.findByRole('option', { name: /Acceptée.*avec demande de pièces/ }),
    );
    await user.selectOptions(screen.getByLabelText('Où en est la demande'), '2');
    const history = within(frame()).getByRole('list', { name: 'Historique' });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Demande déposée'),
      expect.stringContaining('En cours de vérification'),
      expect.stringContaining('En attente de vos pièces'),
    ]);
    expect(frame()).toHaveTextContent('Il manque des pièces à votre dossier');
    expect(frame()).toHaveTextContent('Des pièces manquent à votre demande');
  });

  it('without a process, goes through the statuses in order', () => {
    const prototype = createPrototype('Carte', new Date());
    openInStore({ ...prototype, process: { ...prototype.process, bpmnXml: '' } });
    render(<TrackingScreen />);
    expect(
      screen.getByText(/Le processus de traitement n’est pas encore dessiné/),
    ).toBeInTheDocument();
    expect(frame()).toHaveTextContent('Acceptée');
  });

  it('shows the code in the format of the step, and a code the format allows', async () => {
    openInStore();
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const length = screen.getByLabelText('Nombre de caractères');
    await user.clear(length);
    await user.type(length, '12');
    const codes = within(frame()).getAllByText(/^[BCDFGHJKLMNPQRSTVWXZ]+$/);
    expect(codes.map((code) => code.textContent?.length)).toEqual(codes.map(() => 12));
    expect(
      screen.getByText(/Ce format permet 4 096 000 000 000 000 codes|≈ 4,1 × 10¹⁵/),
    ).toBeInTheDocument();
  });

  it('gives a date only for a commitment, the usual time for an indication, and what silence means', async () => {
    const prototype = createPrototype('Carte', new Date());
    const withCommitment = (patch: Partial<Prototype['tracking']['commitment']>) => ({
      ...prototype,
      tracking: {
        ...prototype.tracking,
        commitment: { ...prototype.tracking.commitment, days: 30, ...patch },
      },
    });
    openInStore(
      withCommitment({ kind: 'commitment', silence: 'acceptance', silenceAfterDays: 60 }),
    );
    const user = userEvent.setup();
    const { unmount } = render(<TrackingScreen />);
    await user.selectOptions(await screen.findByLabelText('Où en est la demande'), '1');
    expect(frame()).toHaveTextContent(/Le service s’engage à vous répondre au plus tard le \d/);
    expect(frame()).toHaveTextContent(/Prochaine étape au plus tard le \d/);
    expect(frame()).toHaveTextContent(
      /Sans réponse de notre part le .+, votre demande sera considérée comme acceptée\./,
    );
    unmount();

    openInStore(withCommitment({ kind: 'indication', silence: 'none' }));
    render(<TrackingScreen />);
    await user.selectOptions(await screen.findByLabelText('Où en est la demande'), '1');
    expect(frame()).toHaveTextContent(
      'Délai de réponse habituel : 30 jours ouvrés environ. C’est une indication, pas un engagement.',
    );
    expect(frame()).not.toHaveTextContent(/s’engage/);
    expect(frame()).not.toHaveTextContent(/Sans réponse de notre part/);
    expect(frame()).toHaveTextContent(/Prochaine étape habituellement vers le \d/);
    expect(frame()).not.toHaveTextContent(/Prochaine étape au plus tard/);
  });

  it('promises no date for the next step while no response time is set', async () => {
    openInStore();
    const user = userEvent.setup();
    render(<TrackingScreen />);
    await user.selectOptions(await screen.findByLabelText('Où en est la demande'), '1');
    expect(frame()).toHaveTextContent(/Prochaine étape habituellement vers le \d/);
    expect(frame()).not.toHaveTextContent(/Prochaine étape au plus tard/);
  });

  it('says the clock is stopped while the requester’s documents are awaited', async () => {
    const prototype = createPrototype('Carte', new Date());
    openInStore({
      ...prototype,
      tracking: {
        ...prototype.tracking,
        commitment: { ...prototype.tracking.commitment, days: 30, documentsRequest: 'suspends' },
      },
    });
    const user = userEvent.setup();
    render(<TrackingScreen />);
    await user.selectOptions(
      await screen.findByLabelText('Parcours de la demande'),
      await screen.findByRole('option', { name: /Acceptée.*avec demande de pièces/ }),
    );
    await user.selectOptions(
      screen.getByLabelText('Où en est la demande'),
      screen.getByRole('option', { name: /En attente de vos pièces/ }),
    );
    expect(frame()).toHaveTextContent('Le délai de réponse est suspendu');
    expect(frame()).not.toHaveTextContent(/s’engage/);
  });
});

describe('the response time panel', () => {
  it('counts working days in real plural forms, in its own sentences and in the paths that break it', async () => {
    const prototype = createPrototype('Carte', new Date());
    openInStore({
      ...prototype,
      tracking: {
        ...prototype.tracking,
        commitment: { ...prototype.tracking.commitment, kind: 'commitment', days: 1 },
      },
    });
    openTab('commitment');
    render(<TrackingScreen />);
    expect(
      await screen.findByText(/^Le parcours le plus long prend \d+ jours ouvrés, d’après/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^\d+ parcours dépassen?t? le délai annoncé de 1 jour ouvré :/),
    ).toBeInTheDocument();
  });
});
