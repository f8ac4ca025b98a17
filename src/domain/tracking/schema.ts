import { z } from 'zod';

export const messageChannels = ['email', 'sms', 'letter', 'space'] as const;
export const commitmentKinds = ['commitment', 'indication'] as const;
export const silenceRules = ['none', 'acceptance', 'refusal'] as const;
export const documentsRequestEffects = ['suspends', 'restarts', 'runs'] as const;

/** Upper bound for any number of days: ten years is already beyond any procedure. */
export const MAX_DAYS = 3650;
export const CODE_MIN_LENGTH = 4;
export const CODE_MAX_LENGTH = 32;
/** Codes are typed by requesters: capital letters and digits only. */
export const CODE_ALPHABET_PATTERN = /^[A-Z0-9]+$/;

const days = z.number().int().min(1).max(MAX_DAYS);

export const statusSchema = z.object({
  /** Stable identifier, referred to by the process (`fabrik:status`) and messages. */
  id: z.string().min(1),
  /** Label the requester reads on their tracking page. */
  label: z.string(),
  /** Colour of the status badge, as a CSS hex colour. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #000091'),
  /** Whether the requester sees this status, or it stays internal. */
  visibleToRequester: z.boolean(),
  /** What happens now and what is expected of the requester, in plain words. */
  explanation: z.string(),
  /** Whether the request ends in this status. */
  final: z.boolean(),
  /** How long a request may stay in this status, in working days; null when not limited. */
  timeLimitDays: days.nullable(),
  /** Whether the requester must act in this status (send documents): the clock may stop. */
  waitsForRequester: z.boolean(),
  /**
   * The label this status's messages were written with, kept from a rename until its
   * messages are reworded or their wording is kept: absent when they agree.
   */
  messagesLabel: z.string().optional(),
});

export const messageSchema = z.object({
  /** Stable identifier of the message. */
  id: z.string().min(1),
  /** Id of the status whose reaching sends this message. */
  statusId: z.string().min(1),
  /** How the message reaches the requester. */
  channel: z.enum(messageChannels),
  /** Subject line (email, letter, requester's space); SMS have none. */
  subject: z.string(),
  /** Plain text with placeholders stored by id ({{field:<id>}}, {{builtin:<name>}}); never HTML. */
  body: z.string(),
  /** Reasons the agent picks from when sending it, shown by the {{builtin:reason}} placeholder. */
  reasons: z.array(z.string()),
});

export const codeFormatSchema = z.object({
  /** Number of characters of a tracking code. */
  length: z.number().int().min(CODE_MIN_LENGTH).max(CODE_MAX_LENGTH),
  /** Characters a code is drawn from, each once (capital letters and digits). */
  alphabet: z
    .string()
    .min(2)
    .max(36)
    .regex(CODE_ALPHABET_PATTERN, 'expected capital letters and digits only')
    .refine((alphabet) => new Set(alphabet).size === alphabet.length, {
      message: 'each character must appear once',
    }),
  /** Field whose answer the requester confirms with the code to see the request; null if none. */
  confirmFieldId: z.string().min(1).nullable(),
});

export const commitmentSchema = z.object({
  /** 'commitment': the service promises this time; 'indication': the usual time, no promise. */
  kind: z.enum(commitmentKinds),
  /** The response time told to requesters, in working days; null until decided. */
  days: days.nullable(),
  /** What the service's silence means when the period runs out ("silence vaut accord / rejet"). */
  silence: z.enum(silenceRules),
  /** After how many calendar days without an answer the silence rule applies; null if none. */
  silenceAfterDays: days.nullable(),
  /** What a request for documents does to the clock: suspends it, restarts it, or nothing. */
  documentsRequest: z.enum(documentsRequestEffects),
});

export const trackingSchema = z
  .object({
    /** Format of the tracking code the requester receives on submission. */
    code: codeFormatSchema,
    /** The statuses of a request, in the order the requester meets them. */
    statuses: z.array(statusSchema),
    /** Automatic messages sent to the requester when a status is reached. */
    messages: z.array(messageSchema),
    /** The response time told to requesters, and what silence means. */
    commitment: commitmentSchema,
  })
  .superRefine((tracking, context) => {
    const statusIds = new Set<string>();
    tracking.statuses.forEach((status, index) => {
      if (statusIds.has(status.id)) {
        context.addIssue({
          code: 'custom',
          path: ['statuses', index, 'id'],
          message: `duplicate status id "${status.id}"`,
        });
      }
      statusIds.add(status.id);
    });
    const messageIds = new Set<string>();
    tracking.messages.forEach((message, index) => {
      if (messageIds.has(message.id)) {
        context.addIssue({
          code: 'custom',
          path: ['messages', index, 'id'],
          message: `duplicate message id "${message.id}"`,
        });
      }
      messageIds.add(message.id);
      if (!statusIds.has(message.statusId)) {
        context.addIssue({
          code: 'custom',
          path: ['messages', index, 'statusId'],
          message: `no status has the id "${message.statusId}"`,
        });
      }
    });
  });

export type Status = z.infer<typeof statusSchema>;
export type Message = z.infer<typeof messageSchema>;
export type MessageChannel = (typeof messageChannels)[number];
export type CodeFormat = z.infer<typeof codeFormatSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type Tracking = z.infer<typeof trackingSchema>;
