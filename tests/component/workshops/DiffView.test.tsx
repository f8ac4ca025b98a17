import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { PrototypeContent } from '../../../src/domain/prototype/schema';
import { diffContents, type VersionDiff } from '../../../src/domain/versions/diff';
import { DiffView } from '../../../src/features/workshops/DiffView';
import '../../../src/features/exceptions/i18n';
import '../../../src/features/workshops/i18n';
import { i18n } from '../../../src/ui/i18n/i18n';

type Field = PrototypeContent['form']['pages'][number]['fields'][number];
const base = createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z'));
const withFields = (...fields: Field[]): PrototypeContent => ({
  ...base,
  form: { pages: [{ ...base.form.pages[0]!, fields }] },
});
const field = (id: string, label: string, extra = {}) =>
  ({ id, key: id, type: 'shortText', label, ...extra }) as Field;

describe('DiffView', () => {
  it('says in words which fields were added, removed and changed, and how', async () => {
    const before = withFields(field('f1', 'Nom'), field('f2', 'Prénom'));
    const after = {
      ...withFields(field('f1', 'Nom de naissance', { required: true }), field('f3', 'Courriel')),
      exceptions: [
        {
          id: 'e1',
          title: 'Tutelle',
          description: '',
          frequency: 'rare' as const,
          status: 'open' as const,
          context: { step: 'form' as const },
          createdAt: base.createdAt,
        },
      ],
    };
    render(<DiffView diff={await diffContents(before, after)} before={before} after={after} />);
    const fields = screen.getByRole('region', { name: 'Champs du formulaire' });
    expect(fields).toHaveTextContent('Ajouté : Courriel');
    expect(fields).toHaveTextContent('Supprimé : Prénom');
    expect(fields).toHaveTextContent('Modifié : Nom de naissance');
    expect(fields).toHaveTextContent('libellé : « Nom » → « Nom de naissance »');
    expect(fields).toHaveTextContent('obligatoire : (vide) → oui');
    expect(screen.getByRole('region', { name: 'Exceptions' })).toHaveTextContent(
      'Ajouté : Tutelle',
    );
  });

  it('names the try-out scenarios added and removed', async () => {
    const scenario = (id: string, name: string) => ({
      id,
      name,
      answers: {},
      answered: {},
      actions: [],
      statusIds: [],
      elapsedDays: 0,
      savedAt: base.createdAt,
    });
    const before = { ...base, scenarios: [scenario('s1', 'Dossier incomplet')] };
    const after = { ...base, scenarios: [scenario('s2', 'Une entreprise qui déménage')] };
    render(<DiffView diff={await diffContents(before, after)} before={before} after={after} />);
    const scenarios = screen.getByRole('region', { name: 'Scénarios de l’essai' });
    expect(scenarios).toHaveTextContent('Ajouté : Une entreprise qui déménage');
    expect(scenarios).toHaveTextContent('Supprimé : Dossier incomplet');
  });

  it('says so when nothing changed', async () => {
    render(<DiffView diff={await diffContents(base, base)} before={base} after={base} />);
    expect(screen.getByText('Aucune différence entre ces deux versions.')).toBeInTheDocument();
  });

  it('names statuses and fields in messages by their names, and a message without subject by its status', async () => {
    const [first, second] = base.tracking.statuses;
    const message = {
      id: 'm1',
      statusId: first!.id,
      channel: 'sms' as const,
      subject: '',
      body: 'Bonjour {{field:f1}}',
      reasons: [],
    };
    const before: PrototypeContent = {
      ...withFields(field('f1', 'Nom', { key: 'nom' })),
      tracking: { ...base.tracking, messages: [message] },
    };
    const after: PrototypeContent = {
      ...before,
      tracking: {
        ...base.tracking,
        messages: [{ ...message, statusId: second!.id, body: 'Bonsoir {{field:f1}}' }],
      },
    };
    render(<DiffView diff={await diffContents(before, after)} before={before} after={after} />);
    const tracking = screen.getByRole('region', { name: 'Suivi et réponses' });
    expect(tracking).toHaveTextContent(`Messages · Modifié : SMS au statut « ${second!.label} »`);
    expect(tracking).toHaveTextContent(`statut : « ${first!.label} » → « ${second!.label} »`);
    expect(tracking).toHaveTextContent('texte : « Bonjour {{nom}} » → « Bonsoir {{nom}} »');
    expect(tracking).not.toHaveTextContent('f1');
    expect(tracking).not.toHaveTextContent(first!.id);
  });

  describe('counts the connections added and removed in real plural forms', () => {
    afterEach(async () => {
      await i18n.changeLanguage('fr');
    });

    const flows = async (flowsAdded: number, flowsRemoved: number) => {
      const diff: VersionDiff = {
        ...(await diffContents(base, base)),
        process: {
          readable: true,
          added: [],
          removed: [],
          renamed: [],
          changed: [],
          flowsAdded,
          flowsRemoved,
        },
      };
      const { unmount } = render(<DiffView diff={diff} before={base} after={base} />);
      const region = screen.getByRole('region', {
        name: /Étapes du traitement|Processing steps/,
      });
      const text = within(region).getByRole('listitem').textContent;
      unmount();
      return text;
    };

    it('in French', async () => {
      expect(await flows(1, 0)).toBe('Enchaînements : 1 ajouté, aucun supprimé');
      expect(await flows(3, 1)).toBe('Enchaînements : 3 ajoutés, 1 supprimé');
      expect(await flows(0, 2)).toBe('Enchaînements : aucun ajouté, 2 supprimés');
    });

    it('in English', async () => {
      await i18n.changeLanguage('en');
      expect(await flows(1, 0)).toBe('Connections: 1 added, none removed');
      expect(await flows(3, 1)).toBe('Connections: 3 added, 1 removed');
      expect(await flows(0, 2)).toBe('Connections: none added, 2 removed');
    });
  });
});
