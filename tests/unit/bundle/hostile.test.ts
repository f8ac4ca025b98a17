import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_SIGNOFFS } from '../../../src/domain/bundle/bounds';
import { readBundleBytes } from '../../../src/domain/bundle/readBundleBytes';
import { bundleErrorMessage } from '../../../src/ui/bundleErrorMessage';
import { en } from '../../../src/ui/i18n/locales/en';
import { fr } from '../../../src/ui/i18n/locales/fr';
import { refusalEn } from '../../../src/ui/refusal/en';
import { refusalFr } from '../../../src/ui/refusal/fr';
import { hostileFiles } from '../../fixtures/hostile/corpus';

/** What browsers and zod say in English: none of it may reach a French message. */
const ENGLISH_TECHNICAL =
  /\b(expected|received|unexpected|invalid|token|position|undefined|string|object|array|error)\b/i;

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: {
      fr: { common: fr, refusal: refusalFr },
      en: { common: en, refusal: refusalEn },
    },
    lng: 'fr',
    interpolation: { escapeValue: false },
  });
});

describe('every hostile file is answered, refused by the check named, in plain French', () => {
  it.each(hostileFiles.map((file) => [file.name, file] as const))('%s', async (_name, file) => {
    const result = await readBundleBytes(await file.bytes());
    if (file.expected === 'accepted') {
      expect(result.ok).toBe(true);
      return;
    }
    if (result.ok) throw new Error(`${file.what}: accepted`);
    expect(result.error.kind).toBe(file.expected);
    for (const language of ['fr', 'en']) {
      const { message, details } = bundleErrorMessage(
        result.error,
        i18n.getFixedT(language),
        language,
      );
      const text = [message, ...details].join('\n');
      expect(text).not.toMatch(/bundle\.|refusal\.|\{\{/);
      if (language === 'fr') expect(text).not.toMatch(ENGLISH_TECHNICAL);
    }
  });
});

describe('the refusals name the problem', () => {
  const errorOf = async (name: string) => {
    const file = hostileFiles.find((candidate) => candidate.name === name)!;
    const result = await readBundleBytes(await file.bytes());
    if (result.ok) throw new Error('accepted');
    const { message, details } = bundleErrorMessage(result.error, i18n.getFixedT('fr'), 'fr');
    return { error: result.error, text: [message, ...details].join('\n') };
  };

  it('says how deep, and where', async () => {
    const { text } = await errorOf('profond.fabrik.json');
    expect(text).toContain('plus de 64 niveaux (ligne 1)');
  });

  it('counts the sign-offs', async () => {
    const { text } = await errorOf('6000-visas.fabrik.json');
    expect(text).toContain(`6\u202f000 visas`);
    expect(text).toContain(`au plus ${MAX_SIGNOFFS}`);
  });

  it('shows an invisible character by its code, and names the text', async () => {
    const { text } = await errorOf('controle-dans-le-nom.fabrik.json');
    expect(text).toContain(
      'Le texte prototype.name contient un caractère de contrôle invisible (U+0007)',
    );
  });

  it('names the id and where it is', async () => {
    expect((await errorOf('champ-proto.fabrik.json')).text).toContain(
      'L’identifiant « __proto__ » (prototype.form.pages[0].fields[0].id)',
    );
    expect((await errorOf('id-carte%2Fresidents.fabrik.json')).text).toContain(
      'L’identifiant « carte/residents » (prototype.id)',
    );
  });

  it('names a key that pollutes prototypes', async () => {
    expect((await errorOf('proto-cle.fabrik.json')).text).toContain(
      'un champ nommé « __proto__ » (dans prototype)',
    );
  });

  it('says where a text stops being JSON, and why', async () => {
    expect((await errorOf('courriel.fabrik.json')).text).toContain(
      'ligne 1, colonne 1 : caractère inattendu « B »',
    );
    expect((await errorOf('commentaire.fabrik.json')).text).toContain(
      'ligne 2, colonne 3 : le JSON ne permet pas de commentaires',
    );
    expect((await errorOf('coupe.fabrik.json')).text).toContain('le fichier s’arrête avant la fin');
    expect((await errorOf('controle-brut.fabrik.json')).text).toContain('« U+0001 »');
  });

  it('says what is wrong with each wrongly typed part', async () => {
    const { text } = await errorOf('types-faux.fabrik.json');
    expect(text).toContain('prototype.name : devrait être un texte, c’est un nombre');
    expect(text).toContain('prototype.purpose : devrait être un objet, c’est une liste');
  });

  it('tells a UTF-16 file from a binary one', async () => {
    expect((await errorOf('utf16.fabrik.json')).text).toContain('enregistré en UTF-16');
    expect((await errorOf('image.png.fabrik.json')).text).toContain('n’est pas un fichier texte');
  });
});
