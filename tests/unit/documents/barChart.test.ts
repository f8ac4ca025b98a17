import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../../src/domain/documents/barChart';

describe('barChartSvg', () => {
  it('draws one bar per value, in proportion to the maximum, with its label and value', () => {
    const svg = barChartSvg(
      [
        { label: 'En ligne', value: 80 },
        { label: 'Guichet', value: 20 },
      ],
      { max: 100, unit: '%' },
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="72"/);
    const bars = Array.from(svg.matchAll(/<rect x="200" [^>]*width="(\d+)"/g), ([, w]) =>
      Number(w),
    );
    expect(bars).toEqual([256, 64]);
    expect(svg).toContain('>En ligne</text>');
    expect(svg).toContain('>80 %</text>');
  });

  it('keeps typed labels as text, and bars within the chart', () => {
    const svg = barChartSvg(
      [
        { label: '<script>alert("x")</script>', value: 150 },
        { label: 'A & B', value: -5 },
      ],
      { max: 100, unit: '%' },
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</text>');
    expect(svg).toContain('>A &amp; B</text>');
    const bars = Array.from(svg.matchAll(/<rect x="200" [^>]*width="(\d+)"/g), ([, w]) =>
      Number(w),
    );
    expect(bars).toEqual([320, 0]);
  });
});
