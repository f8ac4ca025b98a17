import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../src/app/stepStrings';
import type { Bundle } from '../../../src/domain/bundle/schema';
import { generateSigningKeyPair } from '../../../src/domain/review/keys';
import { ImportPanel } from '../../../src/features/catalogue/ImportPanel';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { importOrganisationKeys } from '../../../src/state/reviewerKeys';
import { doubtsAboutFile, rememberSignoffs } from '../../../src/state/signoffTrust';
import { FabrikDatabase, useDatabase as selectDatabase } from '../../../src/storage/db';
import {
  receivedPrototype,
  readyPrototype,
  sentBundle,
  signedBy,
  openReviewScreen,
} from './fixtures';

vi.mock('../../../src/ui/download', () => ({ downloadFile: vi.fn() }));
vi.mock('../../../src/ui/diagram/diagramSvg', () => ({
  diagramSvg: () => Promise.resolve('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
}));

let count = 0;
beforeEach(() => {
  selectDatabase(new FabrikDatabase(`signoff-trust-${count++}`));
});
afterEach(() => {
  cancelScheduledSave();
});

const bruno = generateSigningKeyPair();

async function verified(): Promise<Bundle> {
  return signedBy(
    await sentBundle(readyPrototype()),
    { role: 'verifier', name: 'Bruno Martin', decision: 'verified', comment: '', comments: [] },
    await bruno,
  );
}

async function rejected(bundle: Bundle): Promise<Bundle> {
  return signedBy(bundle, {
    role: 'approver',
    name: 'Chloé Bernard',
    decision: 'rejected',
    comment: 'Le public est trop large.',
    comments: [],
  });
}

const open = openReviewScreen;

async function decideToApprove() {
  await userEvent.click(await screen.findByRole('radio', { name: 'Approuvé' }));
  await userEvent.type(screen.getByLabelText('Votre nom'), 'Chloé Bernard');
  return screen.getByRole('button', { name: 'Signer et télécharger le fichier' });
}

describe('what this browser knows of the sign-offs, as the reviewer reads it', () => {
  it('names a rejection dropped from the file, and lets the approver sign only knowingly', async () => {
    const file = await verified();
    // This browser saw the round rejected, then the rejection was cut from the file.
    const seen = await rejected(file);
    await rememberSignoffs(seen.prototype.id, seen.signoffs);
    await open(receivedPrototype(file));

    const alert = await screen.findByRole('alert', { name: /ne correspond pas/ });
    expect(alert).toHaveTextContent(
      /« Rejeté » par Chloé Bernard \(approbation\), le .* — Commentaire : « Le public est trop large\. »/,
    );
    expect(alert).toHaveTextContent('Une demande de modifications ou un rejet a été retiré');

    const sign = await decideToApprove();
    const acknowledge = screen.getByRole('checkbox', {
      name: /J’ai lu l’avertissement ci-dessus sur les visas/,
    });
    expect(acknowledge).toHaveAccessibleDescription(/ne correspond pas/);
    expect(sign).toBeDisabled();
    await userEvent.click(acknowledge);
    await waitFor(() => expect(sign).toBeEnabled());
  });

  it('asks nothing more when nothing is known against the file, and says each key is new', async () => {
    await open(receivedPrototype(await verified()));
    const list = await screen.findByRole('list', { name: 'Visas' });
    expect(
      await within(list).findByText(/Nouvelle clé, jamais vue par ce navigateur/),
    ).toBeInTheDocument();
    const sign = await decideToApprove();
    await waitFor(() => expect(sign).toBeEnabled());
    expect(screen.queryByRole('checkbox', { name: /J’ai lu l’avertissement/ })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();

    await userEvent.click(
      within(list).getByRole('button', {
        name: 'J’ai vérifié l’empreinte avec Bruno Martin : reconnaître cette clé',
      }),
    );
    expect(await within(list).findByText(/Clé reconnue dans ce navigateur le/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: '1 clé connue' })).getByText('Bruno Martin'),
    ).toBeInTheDocument();
  });

  it('warns, beside the sign-off and before signing, of a key other than the one listed', async () => {
    const listed = await generateSigningKeyPair();
    await importOrganisationKeys(
      JSON.stringify({
        format: 'fabrik/reviewer-keys',
        formatVersion: 1,
        organisation: 'Ville de Lyon',
        keys: [{ name: 'Bruno Martin', publicKey: listed.publicKey }],
      }),
    );
    await open(receivedPrototype(await verified()));
    const list = await screen.findByRole('list', { name: 'Visas' });
    expect(
      await within(list).findByText(
        /Attention : ce visa est signé au nom de Bruno Martin avec une autre clé que celle connue pour ce nom/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: /ne correspond pas/ })).toHaveTextContent(
      /Visa 1 \(vérification, Bruno Martin\) : signé avec une autre clé/,
    );
    const sign = await decideToApprove();
    expect(sign).toBeDisabled();
    expect(
      screen.getByRole('checkbox', { name: /J’ai lu l’avertissement ci-dessus/ }),
    ).toBeInTheDocument();
  });

  it('stops the import of a file that lacks a sign-off seen here, until the person says so', async () => {
    const seen = await rejected(await verified());
    await rememberSignoffs(seen.prototype.id, seen.signoffs);
    const cut = { ...seen, signoffs: seen.signoffs.slice(0, 1) };
    const doubts = await doubtsAboutFile(cut);
    const onImportDoubtful = vi.fn();
    const onDismiss = vi.fn();
    render(
      <ImportPanel
        state={{
          kind: 'doubtful',
          fileName: 'coupe.fabrik.json',
          bundle: cut,
          repairs: [],
          doubts,
        }}
        onFile={() => undefined}
        onCancel={() => undefined}
        onResolve={() => undefined}
        onImportDoubtful={onImportDoubtful}
        onDismiss={onDismiss}
      />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('« Rejeté » par Chloé Bernard');
    expect(
      screen.getByText(/Le fichier « coupe.fabrik.json » n’a pas encore été importé/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ne pas importer' }));
    expect(onDismiss).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Importer quand même' }));
    expect(onImportDoubtful).toHaveBeenCalled();
  });
});

describe('the organisation’s list of reviewer keys', () => {
  async function upload(name: string, text: string) {
    await userEvent.upload(
      screen.getByLabelText('Importer la liste de l’organisation (fichier .json)'),
      new File([text], name, { type: 'application/json' }),
    );
  }

  it('is imported from the review step, and its keys listed with where they came from', async () => {
    await open(receivedPrototype(await verified()));
    const listed = await bruno;
    await upload(
      'cles.json',
      JSON.stringify({
        format: 'fabrik/reviewer-keys',
        formatVersion: 1,
        organisation: 'Ville de Lyon',
        keys: [{ name: 'Bruno Martin', publicKey: listed.publicKey }],
      }),
    );
    expect(
      await screen.findByText('Liste de « Ville de Lyon » importée : 1 clé.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '1 clé connue' });
    expect(within(table).getByText('liste « Ville de Lyon »')).toBeInTheDocument();
    expect(
      await within(screen.getByRole('list', { name: 'Visas' })).findByText(
        'Clé de la liste de l’organisation « Ville de Lyon ».',
      ),
    ).toBeInTheDocument();
  });

  it('refuses a bad file with a French message, changing nothing', async () => {
    await open(receivedPrototype(await verified()));
    await upload('autre.json', JSON.stringify({ format: 'fabrik/prototype-bundle' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('La liste « autre.json » n’a pas été importée');
    expect(alert).toHaveTextContent('Ce fichier n’est pas une liste de clés de relecteurs Fabrik');
    expect(alert).toHaveTextContent('Les clés connues n’ont pas changé.');
    expect(screen.getByText('Aucune clé connue pour l’instant.')).toBeInTheDocument();
  });
});
