import type { Field, Form } from '../../form/schema';
import type { PlaceholderField } from '../../tracking/placeholders';
import { toTypedTemplate } from '../../tracking/placeholders';
import type { Tracking } from '../../tracking/schema';
import { addWorkingDays } from '../../tracking/workingDays';
import { formatDay, parseDay } from '../calendar/workingCalendar';
import type { GuideStep, RoleGuide } from './guide';
import type { PictureWording } from './guidePicturesWording';
import type { AdoptionWording, DocumentLanguage } from './wording';

/**
 * The guide's pictures of what the requester sees: the form as they fill it, and their
 * tracking page at each of the role's steps. Drawn here as plain SVG from the prototype
 * (text and boxes, no script, every text escaped), so that the same picture shows on screen,
 * prints, and goes into the DOCX as an image; each has a text alternative saying all it shows.
 */
export interface GuidePicture {
  svg: string;
  alt: string;
}

/** The most fields drawn per page: the picture shows the form's shape, the alt lists them all. */
export const FIELDS_DRAWN_PER_PAGE = 12;

const WIDTH = 640;
const MARGIN = 24;

/**
 * Text made safe for the SVG: the five XML specials escaped, and the characters XML does not
 * allow at all (control characters pasted with a label, a lone half of an emoji) left out,
 * as one of them would make the whole picture unreadable.
 */
const escapeXml = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Splits a text into lines of at most `width` characters, at spaces when it can. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Counted in characters as people see them: an emoji is never cut in two.
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = Array.from(word); rest.length > 0;) {
      const room = line ? width - Array.from(line).length - 1 : width;
      if (rest.length <= room) {
        line = line ? `${line} ${rest.join('')}` : rest.join('');
        rest = [];
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, width).join(''));
        rest = rest.slice(width);
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

type Row =
  | { kind: 'text'; text: string; size?: number; bold?: boolean; grey?: boolean; indent?: number }
  | { kind: 'box'; text?: string; height: number; indent?: number }
  | { kind: 'gap'; height: number };

/** Lays the rows out top to bottom and draws them as a standalone SVG document. */
function draw(rows: readonly Row[], title: string): string {
  const parts: string[] = [];
  let y = MARGIN;
  for (const row of rows) {
    if (row.kind === 'gap') {
      y += row.height;
      continue;
    }
    if (row.kind === 'box') {
      const left = MARGIN + (row.indent ?? 0);
      parts.push(
        `<rect x="${left}" y="${y}" width="${WIDTH - MARGIN - left}" height="${row.height}" rx="4" fill="#ffffff" stroke="#3a3a3a"/>`,
      );
      if (row.text)
        parts.push(
          `<text x="${left + 10}" y="${y + row.height / 2 + 5}" font-size="14" font-weight="700" fill="#000091">${escapeXml(row.text)}</text>`,
        );
      y += row.height + 6;
      continue;
    }
    const size = row.size ?? 14;
    const indent = row.indent ?? 0;
    const perLine = Math.floor((WIDTH - 2 * MARGIN - indent) / (size * 0.55));
    for (const line of wrap(row.text, perLine)) {
      y += size + 6;
      parts.push(
        `<text x="${MARGIN + indent}" y="${y}" font-size="${size}"${row.bold ? ' font-weight="700"' : ''} fill="${row.grey ? '#555555' : '#161616'}">${escapeXml(line)}</text>`,
      );
    }
    y += 4;
  }
  const height = y + MARGIN;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Marianne, Arial, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0.5" y="0.5" width="${WIDTH - 1}" height="${height - 1}" fill="#f6f6f6" stroke="#929292"/>`,
    ...parts,
    '</svg>',
  ].join('');
}

/** The form as the requester fills it: each page, its fields with their boxes and help. */
export function formPicture(form: Form, serviceName: string, words: PictureWording): GuidePicture {
  const rows: Row[] = [{ kind: 'text', text: serviceName, size: 18, bold: true }];
  const described: string[] = [];
  form.pages.forEach((page, pageIndex) => {
    const pageName = words.page(pageIndex + 1, page.title.trim());
    rows.push({ kind: 'gap', height: 8 }, { kind: 'text', text: pageName, size: 16, bold: true });
    const fields: string[] = [];
    // Fields inside a section or a repeated block are drawn under it, indented.
    const visit = (field: Field, depth: number) => {
      const containers = field.type === 'section' || field.type === 'group';
      const labelled = field.label.trim() || field.key;
      const notes = [
        field.required ? words.required : '',
        field.visibleWhen ? words.conditional : '',
      ].filter(Boolean);
      const text = notes.length ? `${labelled} (${notes.join(', ')})` : labelled;
      fields.push(text);
      const indent = depth * 16;
      const drawn = fields.length <= FIELDS_DRAWN_PER_PAGE;
      if (drawn && field.type === 'explanation')
        rows.push({ kind: 'text', text: labelled, grey: true, indent });
      else if (drawn) {
        rows.push({ kind: 'text', text, bold: containers, indent });
        if (field.help?.trim())
          rows.push({ kind: 'text', text: field.help.trim(), size: 12, grey: true, indent });
        if (!containers) rows.push({ kind: 'box', height: 28, indent });
      }
      for (const inner of field.fields ?? []) visit(inner, depth + 1);
    };
    for (const field of page.fields) visit(field, 0);
    if (fields.length > FIELDS_DRAWN_PER_PAGE)
      rows.push({
        kind: 'text',
        text: words.moreFields(fields.length - FIELDS_DRAWN_PER_PAGE),
        grey: true,
      });
    if (fields.length === 0) rows.push({ kind: 'text', text: words.emptyForm, grey: true });
    described.push(words.pageFields(pageName, fields.length ? fields : [words.emptyForm]));
  });
  return {
    svg: draw(rows, words.formCaption),
    alt: words.formAlt(described.join('. ')),
  };
}

/** A tracking code that reads like one: the prototype's length, from its alphabet. */
export function sampleCode(code: Tracking['code']): string {
  const alphabet = code.alphabet || 'BCDFGHJKLMNPQRSTVWXZ';
  return Array.from(
    { length: code.length },
    (_, index) => alphabet[(index * 7 + 3) % alphabet.length],
  ).join('');
}

/** What the tracking page says of the answer, from a request submitted on `submittedOn`. */
function answerLine(tracking: Tracking, submittedOn: string, words: PictureWording) {
  const { commitment } = tracking;
  if (commitment.days === null) return undefined;
  if (commitment.kind !== 'commitment') return words.usual(commitment.days);
  const answer = formatDay(addWorkingDays(parseDay(submittedOn), commitment.days));
  return words.promised(words.day(submittedOn), words.day(answer));
}

/** What the tracking page is drawn from: the service, a sample request and its fields. */
export interface TrackingInput {
  tracking: Tracking;
  serviceName: string;
  submittedOn: string;
  fields: readonly PlaceholderField[];
  language: DocumentLanguage;
}

/**
 * The requester's tracking page while a step is done: the status it sets (when the
 * requester sees it), its explanation, the answer date, and the messages it sends. None
 * for a step that shows the requester nothing new.
 */
export function trackingPicture(
  step: GuideStep,
  input: TrackingInput,
  words: PictureWording,
  guideWords: AdoptionWording,
): GuidePicture | undefined {
  const status = step.status;
  if (!status || status.unknown || !status.visibleToRequester) return undefined;
  const { tracking } = input;
  const code = words.code(sampleCode(tracking.code));
  const answer = answerLine(tracking, input.submittedOn, words);
  const messages = status.messages.map((message) =>
    guideWords.labelled(
      guideWords.channels[message.channel],
      toTypedTemplate(message.subject, input.fields, input.language).trim() || status.label,
    ),
  );
  const rows: Row[] = [
    { kind: 'text', text: input.serviceName, size: 12, grey: true },
    { kind: 'text', text: words.trackingTitle, size: 18, bold: true },
    { kind: 'text', text: code },
    { kind: 'box', text: words.status(status.label), height: 34 },
  ];
  const explanation = status.explanation.trim();
  if (explanation) rows.push({ kind: 'text', text: explanation });
  if (answer) rows.push({ kind: 'text', text: answer, bold: true });
  if (messages.length) {
    rows.push({ kind: 'gap', height: 6 }, { kind: 'text', text: words.messages, bold: true });
    for (const message of messages) rows.push({ kind: 'text', text: `• ${message}`, indent: 8 });
  }
  const said = [
    code,
    words.status(status.label),
    explanation,
    answer,
    messages.length ? `${words.messages} ${messages.join(' ; ')}` : '',
  ]
    .filter(Boolean)
    .join('. ');
  return {
    svg: draw(rows, words.trackingCaption(step.name)),
    alt: words.trackingAlt(step.name, said),
  };
}

/** The pictures of a role's guide: the form once, and the tracking page per step. */
export interface GuidePictures {
  form: GuidePicture;
  /** By step id; a step that shows the requester nothing new has none. */
  steps: Map<string, GuidePicture>;
}

export function guidePictures(
  guide: RoleGuide,
  input: TrackingInput & { form: Form },
  words: PictureWording,
  guideWords: AdoptionWording,
): GuidePictures {
  const steps = new Map<string, GuidePicture>();
  for (const step of guide.steps) {
    const picture = trackingPicture(step, input, words, guideWords);
    if (picture) steps.set(step.id, picture);
  }
  return { form: formPicture(input.form, input.serviceName, words), steps };
}
