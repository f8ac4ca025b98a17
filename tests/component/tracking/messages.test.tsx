import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import TrackingScreen from '../../../src/features/tracking/TrackingScreen';
import { openMessage, openTab } from '../../../src/features/tracking/viewStore';
import { undo } from '../../../src/state/commands';
import { setPreviewAnswers } from '../../../src/state/previewAnswers';
import { current, openInStore, withFields } from './support';

const message = (id: string) => current().tracking.messages.find((m) => m.id === id);

beforeEach(() => {
  openInStore(
    withFields(createPrototype('Carte', new Date()), [
      { id: 'f-email', key: 'courriel', type: 'email', label: 'Adresse électronique' },
      { id: 'f-city', key: 'commune', type: 'shortText', label: 'Commune' },
    ]),
  );
  openMessage('message-accepted');
});

afterEach(() => {
  setPreviewAnswers({});
  openTab('statuses');
});

describe('a new prototype’s default messages', () => {
  it('need no review: none of them is flagged', async () => {
    openInStore(createPrototype('Nouvelle', new Date()));
    render(<TrackingScreen />);
    await screen.findByLabelText('Texte du message');
    expect(screen.getByRole('tab', { name: /^Messages/ })).not.toHaveTextContent('à revoir');
  });
});

describe('writing a message', () => {
  it('stores a field placeholder typed by key by its id, keeps what was typed, and undoes', async () => {
    // The keystrokes of one typing burst merge into one undo step; a loaded machine must not
    // spread them over more than the merge window, so the clock stands still while typing.
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const body = await screen.findByLabelText('Texte du message');
    await user.clear(body);
    await user.type(body, 'Réponse à {{{{ courriel }}');
    expect(message('message-accepted')?.body).toBe('Réponse à {{field:f-email|courriel}}');
    expect(body).toHaveValue('Réponse à {{ courriel }}');

    act(() => undo());
    expect(message('message-accepted')?.body).toContain('Bonne nouvelle');
    expect((screen.getByLabelText('Texte du message') as HTMLTextAreaElement).value).toContain(
      'Bonne nouvelle',
    );
  });

  it('inserts a placeholder at the cursor from the list of data', async () => {
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const subject = await screen.findByLabelText('Objet');
    await user.clear(subject);
    await user.type(subject, 'Accord pour ');
    await user.click(screen.getByRole('button', { name: '{{commune}} Commune' }));
    expect(message('message-accepted')?.subject).toBe('Accord pour {{field:f-city|commune}}');
  });

  it('previews with the answers typed in the form’s preview, and samples for the others', async () => {
    setPreviewAnswers({ 'f-city': 'Villeurbanne' });
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const body = await screen.findByLabelText('Texte du message');
    await user.clear(body);
    await user.type(body, '{{{{commune}} / {{{{courriel}}');
    const preview = screen.getByRole('region', { name: 'Aperçu' });
    expect(preview).toHaveTextContent('Villeurbanne / camille.martin@exemple.fr');
  });

  it('flags a placeholder that names no field', async () => {
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const body = await screen.findByLabelText('Texte du message');
    await user.type(body, ' {{{{ville}}');
    expect(
      screen.getByText(
        '{{ville}} ne correspond à aucun champ du formulaire ni à aucune donnée du suivi.',
      ),
    ).toBeInTheDocument();
    expect(body).toHaveAttribute('aria-invalid', 'true');
  });

  it('counts the characters and parts of an SMS', async () => {
    const user = userEvent.setup();
    render(<TrackingScreen />);
    await user.selectOptions(await screen.findByLabelText('Canal'), 'sms');
    expect(screen.queryByLabelText('Objet')).not.toBeInTheDocument();
    const body = screen.getByLabelText('Texte du message');
    await user.clear(body);
    await user.type(body, 'Votre pièce est prête');
    expect(screen.getByText('21 caractères : 1 SMS (70 caractères par SMS).')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Ce caractère du texte est hors de l’alphabet des SMS et réduit la place à 70 caractères par SMS :',
      ),
    ).toBeInTheDocument();
    const culprits = screen.getByRole('list', { name: /hors de l’alphabet des SMS/ });
    expect(within(culprits).getByRole('listitem')).toHaveTextContent(/^ê$/);
  });

  it('counts the team’s text only: sample answers bring no character outside the SMS alphabet', async () => {
    const user = userEvent.setup();
    render(<TrackingScreen />);
    await user.selectOptions(await screen.findByLabelText('Canal'), 'sms');
    const body = screen.getByLabelText('Texte du message');
    await user.clear(body);
    await user.type(body, 'Commune : {{{{commune}}');
    const preview = screen.getByRole('region', { name: 'Aperçu' });
    expect(preview).toHaveTextContent('Commune : Exemple de réponse à " Commune "');
    expect(
      screen.getByText(/^\d+ caractères : 1 SMS \(160 caractères par SMS\)\.$/),
    ).toBeInTheDocument();

    await user.type(body, ' ’ «\u00a0»');
    expect(
      screen.getByText(/^\d+ caractères : 1 SMS \(70 caractères par SMS\)\.$/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Ces caractères du texte sont hors de l’alphabet des SMS et réduisent la place à 70 caractères par SMS :',
      ),
    ).toBeInTheDocument();
    const culprits = screen.getByRole('list', { name: /hors de l’alphabet des SMS/ });
    expect(
      within(culprits)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '’ (apostrophe typographique)',
      '« (guillemet ouvrant)',
      'U+00A0 (espace insécable)',
      '» (guillemet fermant)',
    ]);
  });
});

describe('a deleted field', () => {
  it('is named in a warning above the tabs, which opens the message', async () => {
    openInStore(
      withFields(current(), [
        { id: 'f-city', key: 'commune', type: 'shortText', label: 'Commune' },
      ]),
    );
    const user = userEvent.setup();
    openInStore({
      ...current(),
      tracking: {
        ...current().tracking,
        messages: current().tracking.messages.map((m) =>
          m.id === 'message-refused' ? { ...m, body: 'Écrit à {{field:f-email|courriel}}' } : m,
        ),
      },
    });
    openTab('code');
    render(<TrackingScreen />);
    const warning = screen.getByRole('region', { name: /champs supprimés du formulaire/ });
    expect(warning).toHaveTextContent('utilise {{champ:courriel}} : ce champ n’existe plus');
    await user.click(within(warning).getByRole('button', { name: 'Voir le message' }));
    expect(await screen.findByLabelText('Texte du message')).toHaveValue(
      'Écrit à {{champ:courriel}}',
    );
  });
});

describe('answers from the form’s preview', () => {
  it('show as the requester would read them: a name, an address, a date, yes or no', async () => {
    openInStore(
      withFields(createPrototype('Carte', new Date()), [
        { id: 'f-who', key: 'identite', type: 'identity', label: 'Identité' },
        { id: 'f-where', key: 'adresse', type: 'address', label: 'Adresse' },
        { id: 'f-when', key: 'date_naissance', type: 'date', label: 'Date de naissance' },
        { id: 'f-ok', key: 'accord', type: 'yesNo', label: 'D’accord ?' },
      ]),
    );
    setPreviewAnswers({
      'f-who': { civility: 'madame', firstNames: 'Léa', lastName: 'Durand', birthDate: '' },
      'f-where': { line1: '3 rue Haute', line2: '', postalCode: '69001', city: 'Lyon' },
      'f-when': '2001-02-03',
      'f-ok': 'yes',
    });
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const body = await screen.findByLabelText('Texte du message');
    await user.clear(body);
    await user.type(
      body,
      '{{{{nom_demandeur}} | {{{{adresse}} | {{{{date_naissance}} | {{{{accord}}',
    );
    expect(screen.getByRole('region', { name: 'Aperçu' })).toHaveTextContent(
      'Léa Durand | 3 rue Haute, 69001 Lyon | 3 février 2001 | Oui',
    );
  });
});

describe('sample answers', () => {
  it('are the form’s own, within each field’s rules, and a name for a first-name box', async () => {
    const fields = [
      { id: 'f-count', key: 'enfants', type: 'number', label: 'Enfants', validation: { min: 100 } },
      {
        id: 'f-siret',
        key: 'siret',
        type: 'siret',
        label: 'SIRET',
        defaultValue: '130 025 265 00013',
      },
      { id: 'f-first', key: 'prenom', type: 'shortText', label: 'Prénom' },
    ];
    openInStore(withFields(createPrototype('Carte', new Date()), fields));
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const body = await screen.findByLabelText('Texte du message');
    await user.clear(body);
    await user.type(body, '{{{{enfants}} | {{{{siret}} | {{{{prenom}}');
    expect(screen.getByRole('region', { name: 'Aperçu' })).toHaveTextContent(
      '100 | 130 025 265 00013 | Camille',
    );
  });
});

describe('choice fields', () => {
  const tarif = {
    id: 'f-tarif',
    key: 'tarif_demande',
    type: 'radio',
    label: 'Tarif demandé',
    options: [
      { id: 'o1', value: 'option_1', label: 'Plein tarif' },
      { id: 'o2', value: 'option_2', label: 'Tarif réduit' },
    ],
  };
  const pieces = {
    id: 'f-pieces',
    key: 'pieces',
    type: 'checkboxes',
    label: 'Pièces jointes',
    options: [
      { id: 'p1', value: 'option_1', label: 'Passeport' },
      { id: 'p2', value: 'option_2', label: 'Facture' },
      { id: 'p3', value: 'option_3', label: 'Photo' },
    ],
  };

  beforeEach(() => {
    openInStore(withFields(createPrototype('Carte', new Date()), [tarif, pieces]));
  });

  it('show the labels of the options picked in the form’s preview, not their values', async () => {
    setPreviewAnswers({ 'f-tarif': 'option_2', 'f-pieces': ['option_1', 'option_3'] });
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const body = await screen.findByLabelText('Texte du message');
    await user.clear(body);
    await user.type(body, 'Tarif : {{{{tarif_demande}} | {{{{pieces}}');
    expect(screen.getByRole('region', { name: 'Aperçu' })).toHaveTextContent(
      'Tarif : Tarif réduit | Passeport, Photo',
    );
  });

  it('take the first option’s label as a sample when the form’s preview has no answer', async () => {
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const body = await screen.findByLabelText('Texte du message');
    await user.clear(body);
    await user.type(body, 'Tarif : {{{{tarif_demande}} | {{{{pieces}}');
    expect(screen.getByRole('region', { name: 'Aperçu' })).toHaveTextContent(
      'Tarif : Plein tarif | Passeport',
    );
  });
});

describe('a date in a message', () => {
  const underIndication =
    'Ce message annonce une date ({{date_prevue}}) alors que le délai n’est qu’indicatif : le demandeur la lira comme une promesse. Retirez la date et donnez plutôt le délai habituel (« en général sous … jours ouvrés »), ou faites de ce délai un engagement dans l’onglet Délais.';

  beforeEach(() => {
    const prototype = current();
    // The default messages give no date: this one is given one, as a team would.
    const messages = prototype.tracking.messages.map((each) =>
      each.id === 'message-submitted'
        ? { ...each, body: `${each.body}\nRéponse au plus tard le {{builtin:expectedDate}}.` }
        : each,
    );
    openInStore({
      ...prototype,
      tracking: {
        ...prototype.tracking,
        messages,
        commitment: { ...prototype.tracking.commitment, kind: 'commitment', days: 30 },
      },
    });
    openMessage('message-submitted');
  });

  it('is advised against once the response time is only an indication, without blocking, and no longer once it is a commitment again', async () => {
    const user = userEvent.setup();
    render(<TrackingScreen />);
    expect(await screen.findByLabelText('Texte du message')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(underIndication)).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /^Messages/ })).not.toHaveTextContent('à revoir');

    await user.click(screen.getByRole('tab', { name: /^Délais/ }));
    await user.click(screen.getByLabelText(/^une indication/));
    await user.click(screen.getByRole('tab', { name: /^Messages/ }));
    // The tab's badge counts the advice too, so the team knows where to look.
    expect(screen.getByRole('tab', { name: /^Messages/ })).toHaveTextContent(
      /\d+ points? à revoir/,
    );
    const advice = await screen.findByText(underIndication);
    expect(advice.closest('.banner')).toHaveClass('banner--warning');
    expect(advice.closest('.banner')).toHaveTextContent(
      'Ce message peut induire le demandeur en erreur',
    );
    expect(screen.queryByText('Ce message ne peut pas partir ainsi')).not.toBeInTheDocument();
    const body = screen.getByLabelText('Texte du message');
    expect(body).not.toHaveAttribute('aria-invalid');
    expect(body).toHaveAccessibleDescription(
      expect.stringContaining('le délai n’est qu’indicatif'),
    );

    await user.click(screen.getByRole('tab', { name: /^Délais/ }));
    await user.click(screen.getByLabelText(/^un engagement/));
    await user.click(screen.getByRole('tab', { name: /^Messages/ }));
    await screen.findByLabelText('Texte du message');
    expect(screen.queryByText(underIndication)).not.toBeInTheDocument();
    expect(screen.queryByText('Ce message peut induire le demandeur en erreur')).toBeNull();
  });

  it('is advised against when no response time is set, and marked as a warning, not a problem, in the list', async () => {
    const prototype = current();
    openInStore({
      ...prototype,
      tracking: {
        ...prototype.tracking,
        commitment: { ...prototype.tracking.commitment, days: null },
      },
    });
    const user = userEvent.setup();
    render(<TrackingScreen />);
    expect(
      await screen.findByText(
        'Ce message annonce une date ({{date_prevue}}) alors qu’aucun délai de réponse n’est fixé : cette date ne repose sur rien. Fixez le délai dans l’onglet Délais, ou retirez la date du message.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Retour aux messages' }));
    const submitted = await screen.findByRole('button', { name: /a bien été reçue/ });
    expect(submitted).toHaveTextContent('1 avertissement');
    expect(submitted).not.toHaveTextContent('problème');
  });
});
