import { memo } from 'react';
import type { FieldRendererProps } from './fields/types';
import { fieldRenderers } from './renderers';

/**
 * One field of the form, drawn by its type's component. Memoized on its props: typing an
 * answer, or editing another field in the designer, does not render it again.
 */
export const FieldView = memo(function FieldView(props: FieldRendererProps) {
  const Renderer = fieldRenderers[props.field.type];
  return <Renderer {...props} />;
});
