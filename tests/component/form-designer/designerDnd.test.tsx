import { useDraggable, useDroppable } from '@dnd-kit/core';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DesignerDnd } from '../../../src/features/form-designer/dnd/DesignerDnd';
import '../../../src/features/form-designer/i18n';

const rendered = vi.fn();

/** Stands for a row's list and a palette item: what reads dnd-kit's contexts. */
function DragHooks() {
  useDroppable({ id: 'list:p1' });
  useDraggable({ id: 'new:shortText' });
  rendered();
  return null;
}

describe('DesignerDnd', () => {
  it('hands its lists and palette items the same drag context when it renders again', () => {
    // The same element each time: only a change of dnd-kit's context can render it again.
    const hooks = <DragHooks />;
    const { rerender } = render(<DesignerDnd>{hooks}</DesignerDnd>);
    const settled = rendered.mock.calls.length;
    rerender(<DesignerDnd>{hooks}</DesignerDnd>);
    rerender(<DesignerDnd>{hooks}</DesignerDnd>);
    expect(rendered).toHaveBeenCalledTimes(settled);
  });
});
