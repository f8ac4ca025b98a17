import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WorkshopComment } from '../../../src/domain/live/comments';
import { WorkshopCommentsView } from '../../../src/features/review/content/WorkshopCommentsView';
import '../../../src/features/review/i18n';

const comment: WorkshopComment = {
  id: 'c1',
  kind: 'exception-proposal',
  target: { kind: 'field', id: 'f1', label: 'Numéro fiscal' },
  authorId: 'a',
  authorName: '<img src=x onerror=alert(1)>Alice',
  text: '<b>Et</b> les résidents secondaires ?',
  createdAt: '2026-11-23T10:00:00.000Z',
  resolved: true,
  votes: { a: 'for', b: 'for', c: 'against' },
};
const reply: WorkshopComment = {
  ...comment,
  id: 'c2',
  kind: 'comment',
  parentId: 'c1',
  authorName: 'Bob',
  text: 'Hors périmètre.',
  votes: {},
};

describe('workshop comments in the review dossier', () => {
  it('shows each thread with its votes and replies, as text', () => {
    const { container } = render(<WorkshopCommentsView comments={[comment, reply]} />);
    expect(
      screen.getByText(
        '<img src=x onerror=alert(1)>Alice, sur Numéro fiscal : pour 2, contre 1 · réglé (Exception proposée)',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('<b>Et</b> les résidents secondaires ?')).toBeInTheDocument();
    expect(screen.getByText('Hors périmètre.')).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('says when there were none', () => {
    render(<WorkshopCommentsView comments={[]} />);
    expect(screen.getByText('Aucun commentaire en atelier.')).toBeInTheDocument();
  });
});
