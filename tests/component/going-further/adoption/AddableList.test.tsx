import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AddableList } from '../../../../src/features/going-further/adoption/AddableList';

const list = (items: { id: string }[], onAdd = () => {}) =>
  render(
    <AddableList
      items={items}
      max={2}
      renderItem={(item, number) => <p>{`${number}. ${item.id}`}</p>}
      fullText="La liste est pleine."
      addText="Ajouter"
      onAdd={onAdd}
      otherActions={<button type="button">Proposer</button>}
    />,
  );

describe('AddableList', () => {
  it('numbers its items from 1 and adds one while it is not full', async () => {
    const onAdd = vi.fn();
    list([{ id: 'a' }], onAdd);
    expect(screen.getByText('1. a')).toBeInTheDocument();
    expect(screen.queryByText('La liste est pleine.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Proposer' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(onAdd).toHaveBeenCalledOnce();
  });

  it('says it is full and refuses another item at its maximum', () => {
    list([{ id: 'a' }, { id: 'b' }]);
    expect(screen.getByText('2. b')).toBeInTheDocument();
    expect(screen.getByText('La liste est pleine.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajouter' })).toBeDisabled();
  });
});
