import { describe, expect, it } from 'vitest';
import { diffGoingFurther } from '../../../src/domain/going-further/diff';
import { goingFurtherSchema } from '../../../src/domain/going-further/schema';
import {
  prototypeContentSchema,
  type PrototypeContent,
} from '../../../src/domain/prototype/schema';
import { contentOf } from '../../../src/domain/prototype/model';
import { newPrototypeContent } from '../../../src/domain/prototype/create';

const base = (): PrototypeContent => contentOf(newPrototypeContent('Carte de stationnement', 'p1'));

describe('« Pour aller plus loin » in the content', () => {
  it('is absent from a prototype that never used it, which reads as before', () => {
    const content = base();
    expect(Object.keys(content)).not.toContain('goingFurther');
    expect(prototypeContentSchema.parse(content)).toEqual(content);
  });

  it('accepts a file with only some of its parts', () => {
    expect(goingFurtherSchema.parse({})).toEqual({});
    expect(
      goingFurtherSchema.parse({
        launch: { pilot: { report: { done: true, note: '' } }, open: {} },
      }),
    ).toEqual({ launch: { pilot: { report: { done: true, note: '' } }, open: {} } });
  });
});

describe('diffGoingFurther', () => {
  it('names the parts that changed, and nothing when the step was never used', () => {
    const before = base();
    expect(diffGoingFurther(before, base())).toEqual({ goingFurther: [] });
    const after: PrototypeContent = {
      ...before,
      goingFurther: { launch: { pilot: {}, open: { monitoring: { done: true, note: '' } } } },
    };
    expect(diffGoingFurther(before, after)).toEqual({ goingFurther: ['launch'] });
    expect(diffGoingFurther(after, before)).toEqual({ goingFurther: ['launch'] });
  });
});
