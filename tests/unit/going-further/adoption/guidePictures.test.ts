import { describe, expect, it } from 'vitest';
import { guideDocument } from '../../../../src/domain/going-further/adoption/documents';
import { roleGuide } from '../../../../src/domain/going-further/adoption/guide';
import {
  FIELDS_DRAWN_PER_PAGE,
  formPicture,
  guidePictures,
  sampleCode,
} from '../../../../src/domain/going-further/adoption/guidePictures';
import { pictureWording } from '../../../../src/domain/going-further/adoption/guidePicturesWording';
import { adoptionWording } from '../../../../src/domain/going-further/adoption/wording';
import type { Field, Form } from '../../../../src/domain/form/schema';
import { emptyForm } from '../../../../src/domain/form/defaults';
import { defaultTracking } from '../../../../src/domain/tracking/defaults';
import { defaultGraph } from './defaultProcess';

const words = pictureWording.fr;
const field = (id: string, label: string, extra: Partial<Field> = {}): Field => ({
  id,
  key: id,
  type: 'shortText',
  label,
  ...extra,
});
const form = (fields: Field[]): Form => {
  const base = emptyForm();
  return { pages: [{ ...base.pages[0]!, title: 'Votre demande', fields }] };
};

describe('the training guide’s pictures of what the requester sees', () => {
  it('name the fields inside a section, and leave out what XML cannot hold', () => {
    const section = field('s', 'Votre véhicule', {
      type: 'section',
      fields: [field('plate', 'Immatriculation\u0007 🚗'.repeat(4))],
    } as Partial<Field>);
    const picture = formPicture(form([section]), 'Carte\u0000 de stationnement', words);
    expect(picture.alt).toContain('Votre véhicule ; Immatriculation');
    expect(picture.svg).not.toContain('\u0000');
    expect(picture.svg).not.toContain('\u0007');
    // Every emoji stays whole however the lines are wrapped.
    expect(picture.svg).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(picture.svg).toContain('🚗');
  });

  it('draw the form as the requester fills it, with a text alternative naming every field', () => {
    const picture = formPicture(
      form([
        field('name', 'Nom', { required: true, help: 'Comme sur la pièce d’identité' }),
        field('plate', 'Immatriculation <script>', {
          visibleWhen: { all: [{ field: 'name', op: 'filled' }] },
        } as Partial<Field>),
      ]),
      'Carte de stationnement',
      words,
    );
    expect(picture.alt).toBe(
      'Formulaire en ligne tel que le demandeur le voit. Page 1 « Votre demande » : Nom (obligatoire) ; Immatriculation <script> (selon les réponses)',
    );
    expect(picture.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640"/);
    expect(picture.svg).toContain('Comme sur la pièce d’identité');
    // What the team typed is text in the picture, never markup.
    expect(picture.svg).not.toContain('<script>');
    expect(picture.svg).toContain('Immatriculation &#60;script&#62;');
  });

  it('draw a long page in part, and say how many fields are left out', () => {
    const many = Array.from({ length: FIELDS_DRAWN_PER_PAGE + 3 }, (_, index) =>
      field(`f${index}`, `Champ ${index + 1}`),
    );
    const picture = formPicture(form(many), 'Carte', words);
    expect(picture.svg).toContain('… et 3 autre(s) champ(s)');
    expect(picture.svg).not.toContain('Champ 15');
    expect(picture.alt).toContain('Champ 15');
  });

  it('show the tracking page at each of the role’s steps that shows the requester something', async () => {
    const graph = await defaultGraph();
    const tracking = defaultTracking();
    const guide = roleGuide(graph, tracking, 'Agent instructeur');
    const pictures = guidePictures(
      guide,
      {
        form: emptyForm(),
        tracking,
        serviceName: 'Carte de stationnement',
        submittedOn: '2027-03-01',
        fields: [],
        language: 'fr',
      },
      words,
      adoptionWording.fr,
    );
    const withStatus = guide.steps.filter((step) => step.status?.visibleToRequester);
    expect([...pictures.steps.keys()]).toEqual(withStatus.map((step) => step.id));
    expect(withStatus.length).toBeGreaterThan(0);
    const first = withStatus[0]!;
    const picture = pictures.steps.get(first.id)!;
    expect(picture.alt).toContain(`Page de suivi du demandeur pendant « ${first.name} »`);
    expect(picture.alt).toContain(`Statut : ${first.status!.label}`);
    expect(picture.alt).toContain(`Code de suivi : ${sampleCode(tracking.code)}`);
    expect(sampleCode(tracking.code)).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{8}$/);
    if (tracking.commitment.kind === 'commitment' && tracking.commitment.days !== null)
      expect(picture.alt).toMatch(
        /Déposée le 01\/03\/2027 : réponse au plus tard le \d\d\/\d\d\/2027/,
      );

    // In the guide, the form after the introduction, and each step's page under what it shows.
    const document = guideDocument(
      guide,
      [],
      [],
      { words: adoptionWording.fr, language: 'fr', fields: [] },
      {
        requester: {
          pictures,
          formCaption: words.formCaption,
          trackingCaption: words.trackingCaption,
        },
      },
    );
    const images = document.blocks.filter((block) => block.kind === 'image');
    expect(images).toHaveLength(1 + pictures.steps.size);
    expect(images.every((block) => block.kind === 'image' && block.alt.length > 0)).toBe(true);
    const index = document.blocks.findIndex(
      (block) => block.kind === 'image' && block.alt === picture.alt,
    );
    expect(document.blocks[index - 1]).toEqual({
      kind: 'paragraph',
      text: `La page de suivi du demandeur pendant « ${first.name} » :`,
    });
  });
});
