import { useEffect, useState } from 'react';

interface Matrix {
  size: number;
  dark: (row: number, column: number) => boolean;
}

/**
 * A QR code drawn as SVG from the modules computed by `qrcode` (loaded on first use): no
 * generated markup is injected, so it renders under the app's Content Security Policy.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [matrix, setMatrix] = useState<Matrix>();
  useEffect(() => {
    let cancelled = false;
    void import('qrcode').then(({ default: qrcode }) => {
      if (cancelled) return;
      const { modules } = qrcode.create(text, { errorCorrectionLevel: 'M' });
      setMatrix({ size: modules.size, dark: (row, column) => Boolean(modules.get(row, column)) });
    });
    return () => {
      cancelled = true;
    };
  }, [text]);
  if (!matrix) return null;
  const margin = 4;
  const cells: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) {
      if (matrix.dark(row, column)) cells.push(`M${column + margin} ${row + margin}h1v1h-1z`);
    }
  }
  const side = matrix.size + margin * 2;
  return (
    <svg
      className="live-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      width={side * 6}
      height={side * 6}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </svg>
  );
}
