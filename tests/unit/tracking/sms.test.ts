import { describe, expect, it } from 'vitest';
import { smsPieces } from '../../../src/domain/tracking/render';
import { smsLength, toGsm } from '../../../src/domain/tracking/sms';

describe('smsLength', () => {
  it('counts a GSM-7 text in parts of 160, then 153', () => {
    expect(smsLength('')).toMatchObject({ encoding: 'gsm7', units: 0, parts: 0 });
    expect(smsLength('a'.repeat(160))).toMatchObject({ encoding: 'gsm7', parts: 1, perPart: 160 });
    expect(smsLength('a'.repeat(161))).toMatchObject({ parts: 2, perPart: 153 });
    expect(smsLength('a'.repeat(306))).toMatchObject({ parts: 2 });
    expect(smsLength('a'.repeat(307))).toMatchObject({ parts: 3 });
  });

  it('keeps French accents of the GSM alphabet in GSM-7, and counts € twice', () => {
    expect(smsLength('Votre demande a été acceptée à Évry')).toMatchObject({ encoding: 'gsm7' });
    expect(smsLength('10 €')).toMatchObject({ encoding: 'gsm7', units: 5 });
  });

  it('switches to UCS-2 for any other character, and names it', () => {
    const length = smsLength('Votre pièce est prête');
    expect(length).toMatchObject({ encoding: 'ucs2', units: 21, parts: 1, perPart: 70 });
    expect(length.nonGsmCharacters).toEqual(['ê']);
    expect(smsLength('ê'.repeat(71))).toMatchObject({ parts: 2, perPart: 67 });
  });
});

describe('toGsm', () => {
  it('writes a text with the GSM alphabet only, keeping what it already holds', () => {
    const gsm = toGsm('Exemple de réponse à « Pièce d’identité » – être\u202fprêt… œuvre 10 € 🙂');
    expect(gsm).toBe('Exemple de réponse à " Pièce d\'identité " - etre pret... oeuvre 10 € ?');
    expect(smsLength(gsm).encoding).toBe('gsm7');
  });
});

describe('smsPieces', () => {
  it('leaves the team’s text alone, so only it decides the encoding', () => {
    const pieces = smsPieces([
      { kind: 'text', text: 'Tarif : ' },
      { kind: 'value', text: 'Exemple de réponse à « Tarif »' },
      { kind: 'missing', name: 'Pièce d’identité', known: true },
    ]);
    expect(pieces).toEqual([
      { kind: 'text', text: 'Tarif : ' },
      { kind: 'value', text: 'Exemple de réponse à " Tarif "' },
      { kind: 'missing', name: "Pièce d'identité", known: true },
    ]);
    expect(smsPieces([{ kind: 'text', text: 'C’est prêt' }])).toEqual([
      { kind: 'text', text: 'C’est prêt' },
    ]);
  });
});
