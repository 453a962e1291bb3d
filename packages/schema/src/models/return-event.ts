import * as z from 'zod/mini';
import { IsoDateTimeSchema, LabelSchema, MediumTextSchema, ShortTextSchema, SlugSchema } from './common.js';

/** Ids a collector makes (UUIDs, or any short opaque text). */
const IdSchema = z.string().check(z.minLength(1), z.maxLength(80));
const VersionNumberSchema = z.int().check(z.minimum(1));

/** Who took a step: the agency through its link, the person signing, or a member of the partnership's staff. */
export const EventActorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('agency') }),
  z.strictObject({ kind: z.literal('signer'), name: LabelSchema, role: LabelSchema }),
  z.strictObject({ kind: z.literal('staff'), staffId: IdSchema, name: LabelSchema }),
]);
export type EventActor = z.infer<typeof EventActorSchema>;

/** What every step records: which return (campaign and agency), when, and who. */
const base = {
  id: IdSchema,
  /** Order within the return's history, from 1. */
  seq: z.int().check(z.minimum(1)),
  at: IsoDateTimeSchema,
  campaignId: IdSchema,
  agencyId: IdSchema,
  actor: EventActorSchema,
};

/** The agency asked a senior leader to sign the answers off, as saved at draft `revision`. */
export const SignOffRequestedSchema = z.strictObject({
  ...base,
  kind: z.literal('sign-off-requested'),
  requestId: IdSchema,
  signer: z.strictObject({ name: LabelSchema, role: LabelSchema, email: ShortTextSchema }),
  revision: z.int().check(z.minimum(1)),
});

/** The signer read the return and sent it back to the agency, saying why. */
export const SignOffSentBackSchema = z.strictObject({
  ...base,
  kind: z.literal('sign-off-sent-back'),
  requestId: IdSchema,
  revision: z.int().check(z.minimum(1)),
  comment: MediumTextSchema,
});

/** The signer signed off the answers of draft `revision`, in the role `roleId` of the framework. */
export const SignedOffSchema = z.strictObject({
  ...base,
  kind: z.literal('signed-off'),
  requestId: IdSchema,
  revision: z.int().check(z.minimum(1)),
  roleId: SlugSchema,
});

/** A submit stored a new version; `signOffRequestId` names the sign-off it went with, if any. */
export const ReturnSubmittedSchema = z.strictObject({
  ...base,
  kind: z.literal('return-submitted'),
  version: VersionNumberSchema,
  reference: ShortTextSchema,
  signOffRequestId: z.nullable(IdSchema),
});

/** Staff chose the return for review by the quality assurance group: by hand (a sector, intelligence) or in a random sample. */
export const ReviewSelectedSchema = z.strictObject({
  ...base,
  kind: z.literal('review-selected'),
  method: z.enum(['chosen', 'random']),
  reason: MediumTextSchema,
});

/** Staff challenged the answer to a standard, or one of its actions, as it stood in `version`. */
export const ChallengeRaisedSchema = z.strictObject({
  ...base,
  kind: z.literal('challenge-raised'),
  challengeId: IdSchema,
  standardId: SlugSchema,
  actionId: z.nullable(SlugSchema),
  text: MediumTextSchema,
  version: VersionNumberSchema,
});

/** The agency answered a challenge; `version` is its latest version at the time (a changed rating comes as a new version). */
export const ChallengeAnsweredSchema = z.strictObject({
  ...base,
  kind: z.literal('challenge-answered'),
  challengeId: IdSchema,
  text: MediumTextSchema,
  version: VersionNumberSchema,
});

/** Staff accepted the answer: the challenge is closed. */
export const ChallengeAcceptedSchema = z.strictObject({
  ...base,
  kind: z.literal('challenge-accepted'),
  challengeId: IdSchema,
  version: VersionNumberSchema,
});

/** Staff challenged again after an answer, saying what is still missing. */
export const ChallengeReopenedSchema = z.strictObject({
  ...base,
  kind: z.literal('challenge-reopened'),
  challengeId: IdSchema,
  text: MediumTextSchema,
  version: VersionNumberSchema,
});

/** A reminder went to the agency: by email through the collector, or in a mail-merge file staff downloaded. */
export const ReminderSentSchema = z.strictObject({
  ...base,
  kind: z.literal('reminder-sent'),
  channel: z.enum(['email', 'mail-merge']),
  /** The address it went to; null in a mail-merge file for an agency without one. */
  to: z.nullable(ShortTextSchema),
  state: z.enum(['not-started', 'draft']),
});

/**
 * One step in a return's history on a collector: sign-off, submits, review and challenge,
 * reminders. Append-only: a step is never changed, a later step says what happened next. These
 * live on the collector, beside the return, not inside the agency's AuditReturn.
 */
export const ReturnEventSchema = z.discriminatedUnion('kind', [
  SignOffRequestedSchema,
  SignOffSentBackSchema,
  SignedOffSchema,
  ReturnSubmittedSchema,
  ReviewSelectedSchema,
  ChallengeRaisedSchema,
  ChallengeAnsweredSchema,
  ChallengeAcceptedSchema,
  ChallengeReopenedSchema,
  ReminderSentSchema,
]);
export type ReturnEvent = z.infer<typeof ReturnEventSchema>;
export type ReturnEventKind = ReturnEvent['kind'];
/** A step of one kind: `ReturnEventOf<'challenge-raised'>`. */
export type ReturnEventOf<K extends ReturnEventKind> = Extract<ReturnEvent, { kind: K }>;
