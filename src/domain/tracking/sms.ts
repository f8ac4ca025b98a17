/**
 * SMS length as a phone network counts it. A text written only with the GSM 7-bit
 * alphabet fits 160 characters in one SMS (153 per part when split); one character
 * outside it (ê, ç, œ, an emoji…) switches the whole text to UCS-2: 70, then 67 per part.
 */
const gsmBasic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡' +
  'ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters of the GSM extension table: each takes two of the 160. */
const gsmExtension = '^{}\\[~]|€\f';

const basic = new Set(gsmBasic);
const extension = new Set(gsmExtension);

export interface SmsLength {
  encoding: 'gsm7' | 'ucs2';
  /** Length as counted against the limits (extension characters count twice in GSM-7). */
  units: number;
  /** Number of SMS the text is sent as. */
  parts: number;
  /** Room per SMS with this encoding and number of parts. */
  perPart: number;
  /** Characters that force UCS-2, each once, in order of appearance. */
  nonGsmCharacters: string[];
}

export function smsLength(text: string): SmsLength {
  const nonGsm: string[] = [];
  let septets = 0;
  for (const character of text) {
    if (basic.has(character)) septets += 1;
    else if (extension.has(character)) septets += 2;
    else if (!nonGsm.includes(character)) nonGsm.push(character);
  }
  if (nonGsm.length === 0) return split('gsm7', septets, 160, 153, nonGsm);
  return split('ucs2', text.length, 70, 67, nonGsm);
}

function split(
  encoding: SmsLength['encoding'],
  units: number,
  single: number,
  multi: number,
  nonGsmCharacters: string[],
): SmsLength {
  if (units <= single) {
    return { encoding, units, parts: units === 0 ? 0 : 1, perPart: single, nonGsmCharacters };
  }
  return { encoding, units, parts: Math.ceil(units / multi), perPart: multi, nonGsmCharacters };
}

/** Look-alikes in the GSM alphabet for characters common in French text. */
const gsmLookAlikes: Record<string, string> = {
  '’': "'",
  '‘': "'",
  '‚': "'",
  '′': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '…': '...',
  '–': '-',
  '—': '-',
  '‑': '-',
  '−': '-',
  œ: 'oe',
  Œ: 'OE',
};

/**
 * The text written with the GSM 7-bit alphabet only: typographic quotes, apostrophes and
 * dashes become their plain look-alikes, special spaces become spaces, accents outside
 * the alphabet are dropped (ê → e), and anything else becomes « ? ». Sample values go
 * through it in an SMS preview, so that only the team's own text decides the encoding.
 */
export function toGsm(text: string): string {
  let result = '';
  for (const character of text) {
    if (basic.has(character) || extension.has(character)) result += character;
    else if (gsmLookAlikes[character]) result += gsmLookAlikes[character];
    else if (/\s/u.test(character)) result += ' ';
    else {
      const bare = character.normalize('NFD').replace(/\p{M}/gu, '');
      result += [...bare].every((part) => basic.has(part)) ? bare : '?';
    }
  }
  return result;
}
