import { describe, expect, it } from 'vitest';
import { emptyImpacts } from '../../../../src/domain/frame/empty';
import type { Impacts } from '../../../../src/domain/frame/schema';
import {
  inclusionGaps,
  supportDocument,
  supportWording,
} from '../../../../src/domain/going-further/adoption/support';
import {
  addInclusionHelps,
  emptySupport,
  removeInclusionHelp,
  setInclusionDetails,
  setRequesterSupport,
} from '../../../../src/domain/going-further/adoption/supportChanges';
import { adoptionSchema } from '../../../../src/domain/going-further/adoption/schema';

const words = supportWording.fr;
const impacts = (): Impacts => {
  const base = emptyImpacts();
  return {
    ...base,
    requesters: {
      ...base.requesters,
      struggling: 'Personnes âgées sans ordinateur',
      help: ['counter', 'assisted-digital'],
      channels: { online: 70, counter: 20, phone: 10 },
    },
  };
};

describe('support and inclusion', () => {
  it('warns about each help the frame plans, or channel it expects, that the plan lacks', () => {
    const adoption = addInclusionHelps({}, { kinds: ['counter'] });
    expect(inclusionGaps(adoption.support!, impacts(), words)).toEqual([
      'Le cadrage prévoit « Accompagnement numérique » : il manque au plan d’inclusion.',
      'Le cadrage attend 10 % des demandes par « Téléphone » : il manque au plan d’inclusion.',
    ]);
    const complete = addInclusionHelps(adoption, { kinds: ['assisted-digital', 'phone'] });
    expect(inclusionGaps(complete.support!, impacts(), words)).toEqual([]);
    expect(inclusionGaps(emptySupport(), undefined, words)).toEqual([]);
  });

  it('reads as a document with the shares the frame expects per help', () => {
    let adoption = setRequesterSupport({}, { kind: 'tutorials', offered: true });
    adoption = setRequesterSupport(adoption, { kind: 'faq', offered: true });
    adoption = addInclusionHelps(adoption, { kinds: ['assisted-digital', 'counter'] });
    adoption = setInclusionDetails(adoption, { kind: 'counter', details: 'Mairie, 9 h – 12 h' });
    expect(adoptionSchema.safeParse(adoption).success).toBe(true);
    const document = supportDocument(adoption.support!, { impacts: impacts(), faqCount: 3 }, words);
    expect(document.blocks).toContainEqual({
      kind: 'list',
      items: ['Foire aux questions', 'Tutoriels'],
    });
    expect(document.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'La FAQ compte 3 questions.',
    });
    const table = document.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['Guichet', 'Mairie, 9 h – 12 h', '20 %'],
      ['Accompagnement numérique', '', '—'],
    ]);
  });

  it('changes nothing when nothing differs', () => {
    const offered = setRequesterSupport({}, { kind: 'chat', offered: true });
    expect(setRequesterSupport(offered, { kind: 'chat', offered: true })).toBe(offered);
    const helped = addInclusionHelps({}, { kinds: ['phone'] });
    expect(addInclusionHelps(helped, { kinds: ['phone'] })).toBe(helped);
    expect(removeInclusionHelp(helped, { kind: 'counter' })).toBe(helped);
    expect(removeInclusionHelp(helped, { kind: 'phone' }).support?.inclusion).toEqual([]);
  });
});
