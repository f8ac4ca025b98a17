import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useSettledValue } from '../../../src/ui/useSettledValue';

function Echo() {
  const [text, setText] = useState('a');
  const settled = useSettledValue(text);
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

describe('useSettledValue', () => {
  it('follows a change once its frame is drawn, and ends on the last of a burst', async () => {
    render(<Echo />);
    const box = screen.getByRole('textbox', { name: 'Texte' });
    const type = (value: string) => fireEvent.change(box, { target: { value } });
    type('ab');
    // The box shows the keystroke at once; what follows it does not yet.
    expect(box).toHaveValue('ab');
    expect(screen.getByLabelText('Suivi')).toHaveTextContent(/^a$/);
    type('abc');
    await frame();
    await frame();
    expect(screen.getByLabelText('Suivi')).toHaveTextContent(/^abc$/);
  });
});
