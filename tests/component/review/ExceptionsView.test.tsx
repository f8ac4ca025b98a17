import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exceptionVoteId, type ExceptionVote } from '../../../src/domain/live/exceptionVotes';
import { ExceptionsView } from '../../../src/features/review/content/ExceptionsView';
import '../../../src/features/review/i18n';
import { exception } from '../../unit/exceptions/fixtures';

const vote = (exceptionId: string, voterName: string, choice: ExceptionVote['choice']) => ({
  id: exceptionVoteId(exceptionId, voterName),
  exceptionId,
  voterId: voterName,
  voterName,
  choice,
  at: '2026-11-23T10:00:00.000Z',
});

describe('exceptions in the review dossier', () => {
  it('says who in the live workshops would decide what for each exception, as text', () => {
    const { container } = render(
      <ExceptionsView
        exceptions={[
          exception({ id: 'e1', title: 'Hébergé chez un tiers', decision: 'later' }),
          exception({ id: 'e2', title: 'Demandeur mineur' }),
        ]}
        votes={[
          vote('e1', '<b>Alice</b>', 'handled'),
          vote('e1', 'Bob', 'later'),
          vote('e1', 'Chloé', 'handled'),
        ]}
      />,
    );
    expect(screen.getByRole('columnheader', { name: 'Avis de l’atelier' })).toBeInTheDocument();
    const [first, second] = screen.getAllByRole('row').slice(1);
    expect(
      within(first!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Traitée plus tard : 1 (Bob)',
      'Prise en charge par la démarche : 2 (<b>Alice</b>, Chloé)',
    ]);
    expect(container.querySelector('b')).toBeNull();
    expect(within(second!).getByText('Aucun avis')).toBeInTheDocument();
  });

  it('has no column for votes when no live workshop voted', () => {
    render(<ExceptionsView exceptions={[exception({ id: 'e1', title: 'Cas' })]} />);
    expect(screen.queryByRole('columnheader', { name: 'Avis de l’atelier' })).toBeNull();
  });
});
