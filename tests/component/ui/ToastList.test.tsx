import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastList, type Toast } from '../../../src/ui/ToastList';
import '../../../src/ui/i18n/i18n';

const plain: Toast = {
  id: 1,
  tone: 'success',
  message: 'Version n° 2 enregistrée.',
  timeoutMs: 5000,
};
const withAction: Toast = {
  id: 2,
  tone: 'info',
  message: '« Carte de résident » supprimé.',
  actionLabel: 'Annuler',
  timeoutMs: 5000,
};

function Harness({
  initial,
  onAction = () => {},
  onFocusLost = () => {},
}: {
  initial: Toast[];
  onAction?: (id: number) => void;
  onFocusLost?: () => void;
}) {
  const [toasts, setToasts] = useState(initial);
  const remove = (id: number) => setToasts((all) => all.filter((toast) => toast.id !== id));
  return (
    <>
      <button type="button">Ailleurs</button>
      <ToastList
        toasts={toasts}
        onDismiss={remove}
        onAction={(id) => {
          onAction(id);
          remove(id);
        }}
        onFocusLost={onFocusLost}
      />
    </>
  );
}

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ToastList', () => {
  it('announces messages in a live region, errors assertively', () => {
    render(
      <Harness
        initial={[plain, { id: 3, tone: 'error', message: 'Enregistrement impossible.' }]}
      />,
    );
    expect(within(screen.getByRole('status')).getByText(plain.message)).toBeInTheDocument();
    expect(within(screen.getByRole('alert')).getByText('Enregistrement impossible.')).toBeVisible();
  });

  it('takes a plain message away after its timeout', async () => {
    render(<Harness initial={[plain]} />);
    await wait(4900);
    expect(screen.getByText(plain.message)).toBeInTheDocument();
    await wait(200);
    expect(screen.queryByText(plain.message)).not.toBeInTheDocument();
  });

  it('holds a plain message while the pointer is on it, and resumes after', async () => {
    render(<Harness initial={[plain]} />);
    await wait(3000);
    fireEvent.mouseEnter(screen.getByText(plain.message));
    await wait(60_000);
    expect(screen.getByText(plain.message)).toBeInTheDocument();
    fireEvent.mouseLeave(screen.getByText(plain.message));
    await wait(1500);
    expect(screen.getByText(plain.message)).toBeInTheDocument();
    await wait(1000);
    expect(screen.queryByText(plain.message)).not.toBeInTheDocument();
  });

  it('holds a plain message while the focus is in it, and resumes after', async () => {
    render(<Harness initial={[plain]} />);
    const close = screen.getByRole('button', { name: 'Fermer le message' });
    act(() => close.focus());
    await wait(60_000);
    expect(screen.getByText(plain.message)).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Ailleurs' }).focus());
    await wait(5100);
    expect(screen.queryByText(plain.message)).not.toBeInTheDocument();
  });

  it('holds a message with an action while it is focused or hovered, then lets it go', async () => {
    render(<Harness initial={[withAction]} />);
    const undo = screen.getByRole('button', { name: 'Annuler' });
    act(() => undo.focus());
    await wait(10_000);
    fireEvent.mouseEnter(undo);
    await wait(10_000);
    expect(undo).toBeVisible();
    fireEvent.mouseLeave(undo);
    act(() => screen.getByRole('button', { name: 'Ailleurs' }).focus());
    await wait(4900);
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeVisible();
    await wait(200);
    expect(screen.queryByText(withAction.message)).not.toBeInTheDocument();
  });

  it('keeps a message without a lifetime until closed', async () => {
    render(<Harness initial={[{ ...plain, timeoutMs: undefined }]} />);
    await wait(30 * 60_000);
    expect(screen.getByText(plain.message)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Fermer le message' }));
    expect(screen.queryByText(plain.message)).not.toBeInTheDocument();
  });

  it('takes the action, and hands the focus on rather than dropping it', async () => {
    const onAction = vi.fn();
    const onFocusLost = vi.fn(() => screen.getByRole('button', { name: 'Ailleurs' }).focus());
    render(<Harness initial={[withAction]} onAction={onAction} onFocusLost={onFocusLost} />);
    const undo = screen.getByRole('button', { name: 'Annuler' });
    act(() => undo.focus());
    fireEvent.click(undo);
    expect(onAction).toHaveBeenCalledWith(withAction.id);
    expect(screen.queryByText(withAction.message)).not.toBeInTheDocument();
    expect(onFocusLost).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Ailleurs' })).toHaveFocus();
  });

  it('gives every message a close button with a name', () => {
    render(<Harness initial={[plain, withAction]} />);
    expect(screen.getAllByRole('button', { name: 'Fermer le message' })).toHaveLength(2);
  });
});
