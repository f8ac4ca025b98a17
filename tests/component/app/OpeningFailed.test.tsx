import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpeningFailed } from '../../../src/app/prototype/OpeningFailed';
import { retryOpening } from '../../../src/state/session';

vi.mock('../../../src/state/session', () => ({ retryOpening: vi.fn(() => Promise.resolve()) }));

afterEach(() => vi.mocked(retryOpening).mockClear());

describe('OpeningFailed', () => {
  it('says why the prototype did not open, in words about opening, and offers to try again', async () => {
    render(<OpeningFailed errorKind="unknown" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Le navigateur a refusé la lecture. Rien n’a été modifié');
    expect(alert).not.toHaveTextContent('Vos modifications');
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(retryOpening).toHaveBeenCalledTimes(1);
  });

  it('opens again by itself once the network is back, when its code could not be downloaded', () => {
    render(<OpeningFailed errorKind="notDownloaded" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'réessayez une fois le réseau revenu, ou rechargez la page',
    );
    window.dispatchEvent(new Event('online'));
    expect(retryOpening).toHaveBeenCalledTimes(1);
  });

  it('takes the focus back to its heading when a retry fails again, and leaves a focus elsewhere', () => {
    const { unmount } = render(<OpeningFailed errorKind="notDownloaded" />);
    expect(screen.getByRole('heading', { name: 'Prototype impossible à ouvrir' })).toHaveFocus();
    unmount();
    render(
      <>
        <input aria-label="Ailleurs" autoFocus />
        <OpeningFailed errorKind="notDownloaded" />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Ailleurs' })).toHaveFocus();
  });

  it('offers no retry for a stored prototype this release cannot read', () => {
    render(<OpeningFailed errorKind="unreadable" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Rien n’a été écrasé');
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
    window.dispatchEvent(new Event('online'));
    expect(retryOpening).not.toHaveBeenCalled();
  });
});
