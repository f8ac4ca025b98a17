import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PilotFeedback } from '../../../src/domain/going-further/adoption/schema';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { PrototypeContent } from '../../../src/domain/prototype/schema';
import { diffContents } from '../../../src/domain/versions/diff';
import { AnsweredFeedbackList } from '../../../src/features/workshops/AnsweredFeedbackList';
import { DiffView } from '../../../src/features/workshops/DiffView';
import '../../../src/features/exceptions/i18n';
import '../../../src/features/workshops/i18n';

const base = createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z'));
const [status] = base.tracking.statuses;

const feedback = (id: string, text: string, target: PilotFeedback['target']): PilotFeedback => ({
  id,
  kind: 'feedback',
  text,
  priority: 'high',
  status: 'done',
  change: 'Dire « reçue » plutôt que « déposée »',
  createdAt: '2026-12-01T10:00:00.000Z',
  target,
});

describe('pilot feedback in a version comparison', () => {
  const renamed: PrototypeContent = {
    ...base,
    tracking: {
      ...base.tracking,
      statuses: base.tracking.statuses.map((item) =>
        item.id === status!.id ? { ...item, label: 'Demande reçue' } : item,
      ),
    },
  };
  const onStatus = feedback('a', '<b>Déposée</b> ne veut rien dire', {
    kind: 'status',
    id: status!.id,
    label: status!.label,
  });
  const elsewhere = feedback('b', 'Le formulaire est trop long', {
    kind: 'field',
    id: 'unchanged',
    label: 'Adresse',
  });

  it('quotes the feedback beside the status it changed, as text, and nowhere else', async () => {
    const diff = await diffContents(base, renamed);
    render(<DiffView diff={diff} before={base} after={renamed} answered={[onStatus, elsewhere]} />);
    const line = within(screen.getByRole('region', { name: 'Suivi et réponses' }))
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes('Demande reçue'));
    expect(line).toHaveTextContent(
      'Suite au retour du pilote : « <b>Déposée</b> ne veut rien dire »',
    );
    expect(document.querySelector('b')).toBeNull();
    expect(screen.queryByText(/Le formulaire est trop long/)).toBeNull();
  });

  it('lists every answered feedback with what it concerns and the change made', () => {
    render(<AnsweredFeedbackList answered={[onStatus, elsewhere]} />);
    const list = screen.getByRole('region', {
      name: 'Retours du pilote traités par cette version (2)',
    });
    expect(list).toHaveTextContent('Concerne le statut « ' + status!.label + ' »');
    expect(list).toHaveTextContent('Concerne la question « Adresse »');
    expect(list).toHaveTextContent('Changement : Dire « reçue » plutôt que « déposée »');
  });
});
