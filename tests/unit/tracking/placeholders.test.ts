import { describe, expect, it } from 'vitest';
import {
  referencedFieldIds,
  tokenize,
  toStoredTemplate,
  toTypedTemplate,
} from '../../../src/domain/tracking/placeholders';
import { renderTemplate, renderedText } from '../../../src/domain/tracking/render';
import {
  checkMessage,
  checkTemplate,
  expectedDateBasis,
  isBlocking,
} from '../../../src/domain/tracking/templateChecks';

const email = { id: 'f-email', key: 'email', label: 'Adresse électronique' };
const city = { id: 'f-city', key: 'commune', label: 'Commune' };
// A field whose key is also a built-in name must be named explicitly.
const reasonField = { id: 'f-reason', key: 'motif', label: 'Motif de la demande' };
const fields = [email, city, reasonField];

describe('tokenize', () => {
  it('splits text and placeholders, trimming what is between the braces', () => {
    expect(tokenize('Bonjour {{ nom }} !')).toEqual([
      { kind: 'text', text: 'Bonjour ' },
      { kind: 'placeholder', inner: 'nom', raw: '{{ nom }}', start: 8 },
      { kind: 'text', text: ' !' },
    ]);
  });

  it('reports a {{ left open, up to the next {{ or the end', () => {
    expect(tokenize('a {{nom b {{code_suivi}}')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'unclosed', text: '{{nom b ', start: 2 },
      { kind: 'placeholder', inner: 'code_suivi', raw: '{{code_suivi}}', start: 10 },
    ]);
    expect(tokenize('fin {{')).toEqual([
      { kind: 'text', text: 'fin ' },
      { kind: 'unclosed', text: '{{', start: 4 },
    ]);
  });
});

describe('stored and typed templates', () => {
  it('stores a field placeholder typed by key by its id, and built-ins by name', () => {
    const stored = toStoredTemplate('{{code_suivi}} pour {{ email }} ({{tracking_code}})', fields);
    expect(stored).toBe(
      '{{builtin:trackingCode}} pour {{field:f-email|email}} ({{builtin:trackingCode}})',
    );
    expect(referencedFieldIds(stored)).toEqual(['f-email']);
  });

  it('shows placeholders by name in the team’s language, and round-trips', () => {
    const stored = '{{builtin:trackingCode}} {{field:f-email|email}} {{builtin:reason}}';
    expect(toTypedTemplate(stored, fields, 'fr')).toBe('{{code_suivi}} {{email}} {{motif}}');
    expect(toTypedTemplate(stored, fields, 'en')).toBe('{{tracking_code}} {{email}} {{reason}}');
    expect(toStoredTemplate(toTypedTemplate(stored, fields, 'fr'), fields)).toBe(stored);
  });

  it('keeps a placeholder working when the field’s key is renamed', () => {
    const stored = toStoredTemplate('Réponse à {{email}}', fields);
    const renamed = [{ ...email, key: 'courriel' }, city];
    expect(toTypedTemplate(stored, renamed, 'fr')).toBe('Réponse à {{courriel}}');
    const values = { builtins: builtins(), answers: { 'f-email': 'a@b.fr' }, fields: renamed };
    expect(renderedText(renderTemplate(stored, values))).toBe('Réponse à a@b.fr');
  });

  it('names a field explicitly when its key is also a built-in name', () => {
    const stored = toStoredTemplate('{{motif}} / {{champ:motif}} / {{field:motif}}', fields);
    expect(stored).toBe('{{builtin:reason}} / {{field:f-reason|motif}} / {{field:f-reason|motif}}');
    expect(toTypedTemplate(stored, fields, 'fr')).toBe(
      '{{motif}} / {{champ:motif}} / {{champ:motif}}',
    );
  });

  it('keeps a name that matches nothing as typed, and names a deleted field by its last key', () => {
    expect(toStoredTemplate('{{inconnu}}', fields)).toBe('{{inconnu}}');
    const withoutEmail = [city];
    expect(toTypedTemplate('{{field:f-email|email}}', withoutEmail, 'fr')).toBe('{{champ:email}}');
  });
});

describe('checkTemplate', () => {
  const context = { fields, hasReasons: false };

  it('accepts plain text with known placeholders', () => {
    expect(
      checkTemplate('Bonjour {{builtin:requesterName}}, {{field:f-city}} < 3 km', context),
    ).toEqual([]);
  });

  it('flags HTML, a script first of all, even unfinished', () => {
    expect(checkTemplate('a <script>alert(1)</script>', context)).toEqual([
      { kind: 'html', tag: '<script>', group: 'invalid' },
      { kind: 'html', tag: '</script>', group: 'invalid' },
    ]);
    expect(checkTemplate('x <img src=x onerror=alert(1)', context)[0]).toMatchObject({
      kind: 'html',
    });
    expect(checkTemplate('<!-- caché -->', context)[0]).toMatchObject({ kind: 'html' });
  });

  it('flags a {{ left open and an empty placeholder', () => {
    expect(checkTemplate('Bonjour {{nom_demandeur', context)).toEqual([
      { kind: 'unclosed', excerpt: '{{nom_demandeur', group: 'invalid' },
    ]);
    expect(checkTemplate('{{ }}', context)).toEqual([{ kind: 'empty', group: 'invalid' }]);
  });

  it('flags a placeholder that names no field, and one whose field was deleted', () => {
    expect(checkTemplate('{{adresse}} {{field:f-gone|telephone}}', context)).toEqual([
      { kind: 'unknownName', name: 'adresse', group: 'dangling' },
      { kind: 'deletedField', fieldId: 'f-gone', name: 'telephone', group: 'dangling' },
    ]);
  });

  it('flags the reason placeholder in a message that lists no reasons', () => {
    expect(checkTemplate('{{builtin:reason}}', context)).toEqual([
      { kind: 'reasonWithoutReasons', group: 'dangling' },
    ]);
    expect(checkTemplate('{{builtin:reason}}', { ...context, hasReasons: true })).toEqual([]);
  });

  describe('the expected date', () => {
    const dated = 'Nous vous répondrons au plus tard le {{builtin:expectedDate}}.';

    it('is fine under a commitment, which promises it', () => {
      expect(checkTemplate(dated, { ...context, expectedDate: 'commitment' })).toEqual([]);
    });

    it('is advised against under an indication: requesters read any date as a promise', () => {
      expect(checkTemplate(dated, { ...context, expectedDate: 'indication' })).toEqual([
        { kind: 'unpromisedDate', basis: 'indication', group: 'advice' },
      ]);
    });

    it('is advised against when no response time is set: it rests on nothing', () => {
      expect(checkTemplate(dated, { ...context, expectedDate: 'none' })).toEqual([
        { kind: 'unpromisedDate', basis: 'none', group: 'advice' },
      ]);
    });

    it('is advised against once per template, and only where a date is shown', () => {
      const twice = `${dated} Au plus tard le {{builtin:expectedDate}}.`;
      expect(checkTemplate(twice, { ...context, expectedDate: 'indication' })).toHaveLength(1);
      expect(
        checkTemplate('Déposée le {{builtin:submissionDate}}', {
          ...context,
          expectedDate: 'indication',
        }),
      ).toEqual([]);
    });

    it('is not checked when the context leaves the response time out', () => {
      expect(checkTemplate(dated, context)).toEqual([]);
    });
  });
});

describe('expectedDateBasis', () => {
  it('says what the expected date stands on', () => {
    expect(expectedDateBasis({ kind: 'commitment', days: 30 })).toBe('commitment');
    expect(expectedDateBasis({ kind: 'indication', days: 30 })).toBe('indication');
    expect(expectedDateBasis({ kind: 'commitment', days: null })).toBe('none');
    expect(expectedDateBasis({ kind: 'indication', days: null })).toBe('none');
  });
});

describe('checkMessage', () => {
  const message = {
    channel: 'email' as const,
    subject: 'Réponse le {{builtin:expectedDate}}',
    body: 'Nous vous répondrons au plus tard le {{builtin:expectedDate}}. {{ville}}',
    reasons: [],
  };

  it('advises once per message, next to its blocking problems, which advice is not', () => {
    const problems = checkMessage(message, fields, 'indication');
    expect(problems).toEqual([
      { kind: 'unpromisedDate', basis: 'indication', group: 'advice' },
      { kind: 'unknownName', name: 'ville', group: 'dangling' },
    ]);
    expect(problems.map(isBlocking)).toEqual([false, true]);
  });

  it('gives no advice under a commitment, nor when not told what the date stands on', () => {
    expect(checkMessage(message, fields, 'commitment')).toEqual([
      { kind: 'unknownName', name: 'ville', group: 'dangling' },
    ]);
    expect(checkMessage(message, fields)).toEqual([
      { kind: 'unknownName', name: 'ville', group: 'dangling' },
    ]);
  });

  it('reads the body of an SMS only', () => {
    const sms = {
      ...message,
      channel: 'sms' as const,
      body: 'Réponse vers le {{builtin:expectedDate}}',
    };
    expect(checkMessage(sms, fields, 'none')).toEqual([
      { kind: 'unpromisedDate', basis: 'none', group: 'advice' },
    ]);
  });
});

function builtins() {
  return {
    trackingCode: 'HFBRGFTX',
    requesterName: 'Camille Martin',
    submissionDate: '3 mars 2026',
    expectedDate: '31 mars 2026',
    reason: 'une pièce est périmée',
  };
}

describe('renderTemplate', () => {
  it('fills built-ins and answers, and shows holes by name', () => {
    const pieces = renderTemplate(
      'Code {{builtin:trackingCode}}, {{field:f-city}}, {{field:f-email}}, {{field:f-gone|tel}}, {{x}}',
      { builtins: builtins(), answers: { 'f-city': 'Lyon' }, fields },
    );
    expect(pieces).toEqual([
      { kind: 'text', text: 'Code ' },
      { kind: 'value', text: 'HFBRGFTX' },
      { kind: 'text', text: ', ' },
      { kind: 'value', text: 'Lyon' },
      { kind: 'text', text: ', ' },
      { kind: 'missing', name: 'Adresse électronique', known: true },
      { kind: 'text', text: ', ' },
      { kind: 'missing', name: 'tel', known: false },
      { kind: 'text', text: ', ' },
      { kind: 'missing', name: 'x', known: false },
    ]);
  });

  it('keeps markup and broken braces as text to be shown escaped', () => {
    const pieces = renderTemplate('<b>{{builtin:trackingCode', {
      builtins: builtins(),
      answers: {},
      fields,
    });
    expect(renderedText(pieces)).toBe('<b>{{builtin:trackingCode');
    expect(pieces.every((piece) => piece.kind === 'text')).toBe(true);
  });
});
