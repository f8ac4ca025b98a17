import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../../src/domain/bundle/readBundle';
import { bundleToText } from '../../../src/domain/bundle/writeBundle';
import type { SignoffShapeProblem } from '../../../src/domain/review/shape';
import type { SignoffCheck, TamperProblem } from '../../../src/domain/review/verify';
import { ImportPanel } from '../../../src/features/catalogue/ImportPanel';
import { useReceivedFile } from '../../../src/state/receivedFile';
import { i18n } from '../../../src/ui/i18n/i18n';
import { shapeProblemMessage } from '../../../src/ui/signoffs/messages';
import { SignoffList } from '../../../src/ui/signoffs/SignoffList';
import { TamperAlert } from '../../../src/ui/signoffs/TamperAlert';
import { readyPrototype, sentBundle, signedBy } from './fixtures';

async function approvedAndEdited() {
  const verified = await signedBy(await sentBundle(readyPrototype()), {
    role: 'verifier',
    name: 'Bruno Martin',
    decision: 'verified',
    comment: '',
    comments: [],
  });
  const approved = await signedBy(verified, {
    role: 'approver',
    name: 'Chloé Bernard',
    decision: 'approved',
    comment: '',
    comments: [],
  });
  const read = await readBundle(
    bundleToText(approved).replace('Écrit : audience', 'Écrit : audiences'),
  );
  if (!read.ok) throw new Error(read.error.kind);
  return read;
}

const everyProblem: TamperProblem[] = [
  { kind: 'content-changed', expected: 'a'.repeat(64), actual: 'b'.repeat(64) },
  {
    kind: 'signed-other-content',
    index: 0,
    signed: 'a'.repeat(64),
    actual: 'b'.repeat(64),
    changedSteps: ['form', 'process'],
  },
  {
    kind: 'signed-other-content',
    index: 0,
    signed: 'a'.repeat(64),
    actual: 'b'.repeat(64),
    changedSteps: [],
  },
  {
    kind: 'signed-other-content',
    index: 0,
    signed: 'a'.repeat(64),
    actual: 'b'.repeat(64),
    changedSteps: null,
  },
  { kind: 'bad-signature', index: 0 },
  { kind: 'malformed-key', index: 1 },
  { kind: 'duplicate', index: 1, of: 0 },
  { kind: 'wrong-position', index: 0, role: 'approver', expected: 'verifier' },
  { kind: 'wrong-position', index: 2, role: 'approver', expected: null },
  { kind: 'chain-broken', index: 1 },
  { kind: 'decision-not-allowed', index: 0, role: 'verifier', decision: 'approved' },
  { kind: 'not-verified-first', index: 1 },
  { kind: 'same-signer', index: 1, of: 0 },
];

describe('tamper evidence, as the user reads it', () => {
  it('says what does not match in a file edited after its sign-offs, naming each sign-off', async () => {
    const { check } = await approvedAndEdited();
    render(<TamperAlert check={check} />);
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: /modifié après sa signature/ }),
    ).toBeInTheDocument();
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Le contenu du prototype a été modifié après l’export/),
      expect.stringMatching(/^Le visa 1 \(vérification, Bruno Martin\) porte sur un autre contenu/),
      expect.stringMatching(/^Le visa 2 \(approbation, Chloé Bernard\) porte sur un autre contenu/),
    ]);
  });

  it('names the steps changed since each sign-off, or says it cannot tell', async () => {
    const { check } = await approvedAndEdited();
    render(<TamperAlert check={check} />);
    const items = within(screen.getByRole('alert')).getAllByRole('listitem');
    expect(items[1]).toHaveTextContent(/Étapes modifiées depuis ce visa : Finalité\.$/);
    expect(items[2]).toHaveTextContent(/Étapes modifiées depuis ce visa : Finalité\.$/);
    const problems: TamperProblem[] = check.problems.map((problem) =>
      problem.kind === 'signed-other-content' ? { ...problem, changedSteps: null } : problem,
    );
    cleanup();
    render(<TamperAlert check={{ ...check, problems }} />);
    expect(
      within(screen.getByRole('alert')).getAllByText(/ne permet pas de dire quelle étape a changé/),
    ).toHaveLength(2);
  });

  it('has a sentence for every tamper case, in French and in English', async () => {
    const { check } = await approvedAndEdited();
    const withAll: SignoffCheck = { ...check, problems: everyProblem };
    for (const language of ['fr', 'en']) {
      await i18n.changeLanguage(language);
      const { unmount } = render(<TamperAlert check={withAll} />);
      const texts = within(screen.getByRole('alert'))
        .getAllByRole('listitem')
        .map((item) => item.textContent ?? '');
      expect(new Set(texts).size).toBe(everyProblem.length);
      for (const text of texts) expect(text).not.toMatch(/signoffs:|problem\.|\{\{/);
      unmount();
    }
    await i18n.changeLanguage('fr');
  });

  it('has a sentence for every way a sign-off is not as Fabrik writes it', () => {
    const problems: SignoffShapeProblem[] = [
      { kind: 'not-a-list' },
      { kind: 'not-an-object', index: 0 },
      { kind: 'missing-field', index: 0, field: 'comment' },
      { kind: 'extra-field', index: 1, field: 'stamp' },
      { kind: 'unknown-role', index: 1, found: 'dga' },
      { kind: 'unknown-decision', index: 1, found: 'ok' },
      { kind: 'invalid-field', index: 0, field: 'contentHash', issue: { kind: 'wrong-format' } },
    ];
    const texts = problems.map((problem) => shapeProblemMessage(problem, i18n.t));
    expect(texts[4]).toBe(
      'Le visa 2 a un rôle inconnu « dga » (attendu : « verifier » ou « approver »).',
    );
    expect(new Set(texts).size).toBe(problems.length);
    for (const text of texts) expect(text).not.toMatch(/signoffs:|shape\.|\{\{/);
  });

  it('lists the sign-offs with their fingerprints, and which do not hold', async () => {
    const { check } = await approvedAndEdited();
    render(<SignoffList statuses={check.signoffs} />);
    const items = within(screen.getByRole('list', { name: 'Visas' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Vérifié par Bruno Martin');
    expect(items[0]).toHaveTextContent(check.signoffs[0]!.fingerprint);
    expect(items[1]).toHaveTextContent('Visa invalide');
  });

  it('offers to open a flagged file read-only from the import, without storing it', async () => {
    const { bundle, check } = await approvedAndEdited();
    render(
      <ImportPanel
        state={{ kind: 'tampered', fileName: 'modifie.fabrik.json', bundle, check }}
        onFile={() => undefined}
        onResolve={() => undefined}
        onImportDoubtful={() => undefined}
        onDismiss={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(
      await screen.findByText(/Le fichier « modifie.fabrik.json » n’a pas été importé/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir en lecture seule' }));
    expect(useReceivedFile.getState().file).toMatchObject({
      fileName: 'modifie.fabrik.json',
      check,
    });
  });
});
