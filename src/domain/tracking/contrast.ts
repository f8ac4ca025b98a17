/**
 * Colour contrast as WCAG 2 defines it (relative luminance), for the status badges: a badge's
 * colour is a graphical object that must stand out from the page (WCAG 1.4.11, at least 3:1).
 */

/** The page the requester reads the badge on. */
export const PAGE_BACKGROUND = '#ffffff';

/** WCAG 1.4.11: graphical objects need at least this ratio with what is next to them. */
export const MIN_GRAPHIC_CONTRAST = 3;

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a colour written `#rrggbb`. */
export function luminance(hex: string): number {
  const rgb = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  const [r = 0, g = 0, b = 0] = rgb.map(channel);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The badge colour's ratio with the page when it is too faint to be seen, otherwise undefined. */
export function faintBadgeContrast(color: string): number | undefined {
  const ratio = contrastRatio(color, PAGE_BACKGROUND);
  return ratio < MIN_GRAPHIC_CONTRAST ? ratio : undefined;
}
