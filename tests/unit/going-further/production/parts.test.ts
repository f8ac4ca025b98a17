import { describe, expect, it } from 'vitest';
import type { ApprovedVersion } from '../../../../src/domain/going-further/production/approved';
import {
  dropProductionPart,
  editProductionPart,
  keepProductionPart,
} from '../../../../src/domain/going-further/production/commands';
import { deploymentRequest } from '../../../../src/domain/going-further/production/deploymentRequest';
import { deploymentRequestDocument } from '../../../../src/domain/going-further/production/deploymentRequestDocument';
import {
  caseStepsPart,
  requestIntroKey,
  requestParts,
  securityKey,
  withCaseEdits,
} from '../../../../src/domain/going-further/production/parts';
import { productionSchema } from '../../../../src/domain/going-further/production/schema';
import { productionOf } from '../../../../src/domain/going-further/production/stored';
import { testPlan } from '../../../../src/domain/going-further/production/testPlan';
import { testPlanDocument } from '../../../../src/domain/going-further/production/testPlanDocument';
import { createPrototype, newPrototypeContent } from '../../../../src/domain/prototype/create';
import type { PrototypeContent } from '../../../../src/domain/prototype/schema';
import { graphOf, translator } from './support';

const blank = newPrototypeContent('Carte de stationnement', 'p1');
const noRecord = productionSchema.parse({}).request;
const graph = graphOf(
  [
    ['start', 'bpmn:StartEvent', 'Dépôt'],
    ['check', 'bpmn:UserTask', 'Vérifier', { role: 'Agent' }],
    ['end', 'bpmn:EndEvent', 'Fin'],
  ],
  ['start>check', 'check>end'],
);

/** An approved version of `content`; the signatures do not matter to what is drafted. */
const approvedOf = (content: PrototypeContent, hash = 'a'): ApprovedVersion => ({
  content,
  contentHash: hash.repeat(64),
  signoffs: [],
  graph,
});

/** The content with a personal field, whose label the security settings name. */
function withEmail(label: string): PrototypeContent {
  const page = blank.form.pages[0]!;
  return {
    ...blank,
    process: { ...blank.process, roles: ['Agent'] },
    form: {
      pages: [
        { ...page, fields: [{ id: 'f1', key: 'courriel', type: 'email', label, required: true }] },
      ],
    },
  };
}

describe('the production documents’ reworded parts', () => {
  it('keep the team’s wording of the request in the document, and follow the version otherwise', async () => {
    const t = await translator();
    const request = deploymentRequest(approvedOf(withEmail('Courriel')), noRecord);
    const parts = requestParts(t, request, undefined);
    expect(parts.intro).toMatchObject({ key: requestIntroKey, edited: false });
    expect(parts.security.map(({ id }) => id)).toContain('personal-data');
    const personal = parts.security.find(({ id }) => id === 'personal-data')!.part;
    expect(personal.text).toContain('Courriel');

    const prototype = { ...createPrototype('Carte', new Date(0), 'p1') };
    const reworded = editProductionPart({
      key: securityKey('personal-data'),
      text: 'Données personnelles : le courriel, conservé un an.',
      generated: personal.generated,
    }).apply(prototype);
    const edits = productionOf(reworded)!.edits;
    const document = JSON.stringify(deploymentRequestDocument(t, request, edits));
    expect(document).toContain('Données personnelles : le courriel, conservé un an.');
    expect(document).not.toContain(personal.generated);
    expect(document).toContain(parts.intro.text);
  });

  it('show both texts when a new approved version drafts something else, and the team chooses', async () => {
    const t = await translator();
    const before = requestParts(
      t,
      deploymentRequest(approvedOf(withEmail('Courriel')), noRecord),
      undefined,
    ).security.find(({ id }) => id === 'personal-data')!.part;
    const prototype = editProductionPart({
      key: before.key,
      text: 'Mon texte sur les données',
      generated: before.generated,
    }).apply(createPrototype('Carte', new Date(0), 'p1'));

    // Version 2 renames the field: the drafted sentence changes.
    const request = deploymentRequest(approvedOf(withEmail('Adresse électronique'), 'b'), noRecord);
    const now = (edits: Parameters<typeof requestParts>[2]) =>
      requestParts(t, request, edits).security.find(({ id }) => id === 'personal-data')!.part;
    const conflict = now(productionOf(prototype)!.edits);
    expect(conflict.text).toBe('Mon texte sur les données');
    expect(conflict.conflict?.now).toContain('Adresse électronique');
    // Nothing changes silently: the document still says the team's text.
    expect(
      JSON.stringify(deploymentRequestDocument(t, request, productionOf(prototype)!.edits)),
    ).toContain('Mon texte sur les données');

    const kept = keepProductionPart({ key: conflict.key, generated: conflict.generated }).apply(
      prototype,
    );
    expect(now(productionOf(kept)!.edits)).toMatchObject({
      text: 'Mon texte sur les données',
      edited: true,
    });
    expect(now(productionOf(kept)!.edits).conflict).toBeUndefined();

    const taken = dropProductionPart({ key: conflict.key }).apply(prototype);
    expect(now(productionOf(taken)!.edits)).toEqual({
      key: conflict.key,
      text: conflict.generated,
      generated: conflict.generated,
      edited: false,
    });
    // The last edit gone, the key goes too: the file stays as it was before any rewording.
    expect(productionOf(taken)!.edits).toBeUndefined();
  });

  it('keep the team’s wording of a test case’s steps, one per line, in the plan and its document', async () => {
    const t = await translator();
    const plan = testPlan(t, approvedOf(withEmail('Courriel')));
    const first = plan.cases[0]!;
    const part = caseStepsPart(first, undefined);
    expect(part.text.split('\n')).toEqual(first.steps);

    const prototype = editProductionPart({
      key: part.key,
      text: 'Ouvrir la démarche en ligne\n\n  Déposer une demande complète  \nVérifier l’accusé',
      generated: part.generated,
    }).apply(createPrototype('Carte', new Date(0), 'p1'));
    const edits = productionOf(prototype)!.edits;
    const edited = withCaseEdits(plan, edits);
    expect(edited.cases[0]!.steps).toEqual([
      'Ouvrir la démarche en ligne',
      'Déposer une demande complète',
      'Vérifier l’accusé',
    ]);
    expect(edited.cases.slice(1)).toEqual(plan.cases.slice(1));
    expect(withCaseEdits(plan, undefined)).toBe(plan);
    const document = JSON.stringify(testPlanDocument(t, edited, productionSchema.parse({}).tests));
    expect(document).toContain('Déposer une demande complète');
  });

  it('are undone and redone as commands, typing in one part being one step', () => {
    const prototype = createPrototype('Carte', new Date(0), 'p1');
    const command = editProductionPart({ key: requestIntroKey, text: 'A', generated: 'G' });
    const done = command.apply(prototype);
    expect(productionOf(done)!.edits).toEqual([
      { key: requestIntroKey, text: 'A', generated: 'G' },
    ]);
    // Undo is the prototype before; redo applies the same command again.
    expect(productionOf(prototype)).toBeUndefined();
    expect(command.apply(prototype)).toEqual(done);
    expect(command.mergeKey).toBe(
      editProductionPart({ key: requestIntroKey, text: 'AB', generated: 'G' }).mergeKey,
    );
    // Typing the generated text back is no edit at all.
    const back = editProductionPart({ key: requestIntroKey, text: 'G', generated: 'G' }).apply(
      done,
    );
    expect(productionOf(back)!.edits).toBeUndefined();
  });

  it('are read back from a file, and a file without them still opens', () => {
    expect(productionSchema.parse({}).edits).toBeUndefined();
    const parsed = productionSchema.parse({
      edits: [{ key: requestIntroKey, text: 'Mon texte', generated: 'Généré' }],
    });
    expect(parsed.edits).toHaveLength(1);
    expect(
      productionSchema.safeParse({ edits: [{ key: '', text: 'x', generated: 'y' }] }).success,
    ).toBe(false);
  });
});
