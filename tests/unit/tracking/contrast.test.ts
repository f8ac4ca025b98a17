import { describe, expect, it } from 'vitest';
import { contrastRatio, faintBadgeContrast } from '../../../src/domain/tracking/contrast';
import { defaultTracking } from '../../../src/domain/tracking/defaults';

describe('badge colour contrast', () => {
  it('measures as WCAG does: black on white is 21:1, a colour with itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0063cb', '#0063cb')).toBe(1);
    // Known values: #767676 is the lightest grey with 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('flags a colour under 3:1 against the white page, as a pale yellow', () => {
    expect(faintBadgeContrast('#ffee58')).toBeCloseTo(1.19, 2);
    expect(faintBadgeContrast('#959595')).toBeLessThan(3);
    expect(faintBadgeContrast('#949494')).toBeUndefined();
  });

  it('never flags the default statuses', () => {
    for (const status of defaultTracking().statuses)
      expect(faintBadgeContrast(status.color)).toBeUndefined();
  });
});
