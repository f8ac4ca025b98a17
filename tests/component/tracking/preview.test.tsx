import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
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
      screen.getByRole('option', { name: /Acceptée.*avec demande de pièces/ }),
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
});
