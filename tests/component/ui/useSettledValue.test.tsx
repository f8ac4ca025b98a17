import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSettledValue } from '../../../src/ui/useSettledValue';

function Echo({ pauseMs }: { pauseMs?: number }) {
  const [text, setText] = useState('a');
  const settled = useSettledValue(text, pauseMs);
  return (
    <>
      <input aria-label="Texte" value={text} onChange={(event) => setText(event.target.value)} />
      <output aria-label="Suivi">{settled}</output>
    </>
  );
}

const frame = () =>
  act(
    () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(), 0))),
  );

const typeInto = () => {
  const box = screen.getByRole('textbox', { name: 'Texte' });
  return (value: string) => fireEvent.change(box, { target: { value } });
};
const followed = () => screen.getByLabelText('Suivi').textContent;

describe('useSettledValue', () => {
  afterEach(() => vi.useRealTimers());

  it('follows a change once its frame is drawn, and ends on the last of a burst', async () => {
    render(<Echo />);
    const type = typeInto();
    type('ab');
    // The box shows the keystroke at once; what follows it does not yet.
    expect(screen.getByRole('textbox', { name: 'Texte' })).toHaveValue('ab');
    expect(followed()).toBe('a');
    type('abc');
    await frame();
    await frame();
    expect(followed()).toBe('abc');
  });

  it('with a pause, follows once typing pauses, and at most a second behind a long burst', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance'],
    });
    render(<Echo pauseMs={200} />);
    const type = typeInto();
    const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

    // Keystrokes 100 ms apart: nothing follows while they go on…
    let text = 'a';
    for (let key = 0; key < 5; key++) {
      type((text += 'b'));
      await wait(100);
    }
    expect(followed()).toBe('a');
    // …until they pause.
    await wait(200);
    expect(followed()).toBe(text);

    // A burst with no pause of 200 ms is still followed, a second at most after it began.
    for (let key = 0; key < 12; key++) {
      type((text += 'c'));
      await wait(100);
    }
    expect(followed()?.length).toBeGreaterThanOrEqual(text.length - 3);
  });

  it('with a pause, follows at once when a press or a focus move ends the typing', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance'],
    });
    render(<Echo pauseMs={200} />);
    const type = typeInto();

    type('ab');
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(followed()).toBe('a');
    fireEvent.pointerDown(document.body);
    expect(followed()).toBe('ab');

    type('abc');
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(followed()).toBe('ab');
    fireEvent.focusIn(screen.getByLabelText('Suivi'));
    expect(followed()).toBe('abc');
  });
});
