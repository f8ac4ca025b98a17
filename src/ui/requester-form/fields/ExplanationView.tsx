import type { FieldRendererProps } from './types';

/** Explanatory text: a title if it has one, then paragraphs, as plain text. */
export function ExplanationView({ field }: FieldRendererProps) {
  const paragraphs = (field.text ?? '')
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '');
  return (
    <div className="rf-explanation">
      {field.label.trim() && <p className="rf-explanation__title">{field.label}</p>}
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
