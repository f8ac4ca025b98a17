import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DateField } from '../../../src/ui/DateField';

function Harness({ onChange }: { onChange: (value: string) => void }) {
  const [value, setValue] = useState('2027-03-01');
  return (
    <DateField
      label="Date limite"
      value={value}
      onChange={(day) => {
        onChange(day);
        setValue(day);
      }}
    />
  );
}

describe('DateField', () => {
  it('is a labelled date box that stores a day, or nothing once cleared', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const box = screen.getByLabelText('Date limite');
    expect(box).toHaveAttribute('type', 'date');
    expect(box).toHaveValue('2027-03-01');
    fireEvent.change(box, { target: { value: '2027-09-15' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-09-15');
    fireEvent.change(box, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('does not store a five-digit year, which the picker accepts and the schemas refuse', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Date limite'), { target: { value: '20270-09-15' } });
    expect(onChange).not.toHaveBeenCalled();
  });
});
