import { useTranslation } from '../i18n/useTranslation';
import type { RenderedPiece } from '../../domain/tracking/render';
import './i18n';
import './renderedText.css';

/**
 * A filled template, as text nodes only: whatever the template holds (markup, broken
 * braces) is shown as typed, never interpreted. Filled values are marked.
 */
export function RenderedText({ pieces }: { pieces: readonly RenderedPiece[] }) {
  const { t } = useTranslation('trackingPage');
  return (
    <>
      {pieces.map((piece, index) => {
        if (piece.kind === 'text') return piece.text;
        if (piece.kind === 'value') {
          return (
            <mark key={index} className="filled">
              {piece.text}
            </mark>
          );
        }
        return (
          <mark key={index} className="filled filled--missing">
            {t(piece.known ? 'missing' : 'unknown', { name: piece.name })}
          </mark>
        );
      })}
    </>
  );
}
