import * as z from 'zod/mini';
import { ActionStatusSchema } from './action.js';
import { IsoDateSchema, IsoDateTimeSchema, LabelSchema, MediumTextSchema, ShortTextSchema, SlugSchema } from './common.js';
import { StatementOfComplianceSchema } from './history.js';

/** Ids a collector makes (UUIDs, or any short opaque text). */
const IdSchema = z.string().check(z.minLength(1), z.maxLength(80));
const VersionNumberSchema = z.int().check(z.minimum(1));

/** An action's id as the tracker names it (unique within its standard's response). */
const ActionIdSchema = z.string().check(z.minLength(1), z.maxLength(100));

/**
 * Who took a step, with names as they were at the time (a later rename does not rewrite history):
 * the agency through its link, the person signing, a member of the partnership's staff, an
 * administrator at the command line (their login), or the collector itself (a translation made
 * when a return arrived).
 */
export const EventActorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('agency'), name: LabelSchema }),
  z.strictObject({ kind: z.literal('signer'), name: LabelSchema, role: LabelSchema }),
  z.strictObject({ kind: z.literal('staff'), staffId: IdSchema, name: LabelSchema }),
  z.strictObject({ kind: z.literal('cli'), login: LabelSchema }),
  z.strictObject({ kind: z.literal('collector') }),
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

/** Year 2 of the cycle was opened: the agency carries on its year-1 return `from` (its reference). */
export const YearTwoOpenedSchema = z.strictObject({
  ...base,
  kind: z.literal('year-two-opened'),
  yearOneCampaignId: IdSchema,
  from: ShortTextSchema,
});

const YearTwoChoiceSchema = z.enum(['tracking', 'statement', 're-audit']);

/** The agency chose what it does in year 2 (where the framework offers a statement of compliance); `was` is its earlier choice. */
export const YearTwoChosenSchema = z.strictObject({
  ...base,
  kind: z.literal('year-two-chosen'),
  choice: YearTwoChoiceSchema,
  was: z.nullable(YearTwoChoiceSchema),
});

/** One year-2 change to an action, as `updateAction` takes it. */
export const ActionChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('status'), status: ActionStatusSchema, note: z.optional(MediumTextSchema) }),
  z.strictObject({ kind: z.literal('progress'), note: MediumTextSchema, status: z.optional(ActionStatusSchema) }),
  z.strictObject({ kind: z.literal('revise-due'), due: IsoDateSchema, reason: MediumTextSchema }),
  z.strictObject({ kind: z.literal('complete'), evidence: MediumTextSchema, on: z.optional(IsoDateSchema) }),
]);

/** A year-2 update of one action, saved as year-2 `revision`: the changes in the order they were applied. */
export const ActionUpdatedSchema = z.strictObject({
  ...base,
  kind: z.literal('action-updated'),
  standardId: SlugSchema,
  actionId: ActionIdSchema,
  changes: z.array(ActionChangeSchema).check(z.minLength(1), z.maxLength(10)),
  revision: z.int().check(z.minimum(1)),
});

/** The agency signed a statement of compliance instead of a year-2 update; `reference` is its receipt. */
export const StatementSignedSchema = z.strictObject({
  ...base,
  kind: z.literal('statement-signed'),
  reference: ShortTextSchema,
  statement: StatementOfComplianceSchema,
});

/**
 * The collector translated a return (`from`, a reference in campaign `fromCampaignId`) into this
 * campaign's framework through the built-in `mapping`; `needsAnswer` lists the standards a person
 * must answer on the agency's link.
 */
const translation = {
  from: ShortTextSchema,
  fromCampaignId: IdSchema,
  mapping: ShortTextSchema,
  needsAnswer: z.array(SlugSchema).check(z.maxLength(200)),
};
export const TranslationMadeSchema = z.strictObject({ ...base, kind: z.literal('translation-made'), ...translation });
/** A newer return, translated again into a copy the agency had not begun. */
export const TranslationRefreshedSchema = z.strictObject({ ...base, kind: z.literal('translation-refreshed'), ...translation });

/** The agency completed the translated copy and sent it as return `reference`. */
export const TranslationCompletedSchema = z.strictObject({
  ...base,
  kind: z.literal('translation-completed'),
  reference: ShortTextSchema,
});

/**
 * One step in a return's history on a collector: sign-off, submits, review and challenge,
 * reminders, year 2 (opened, chosen, action updates, a statement of compliance) and
 * translations for another partnership. Append-only: a step is never changed, a later step says what happened next. These
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
  YearTwoOpenedSchema,
  YearTwoChosenSchema,
  ActionUpdatedSchema,
  StatementSignedSchema,
  TranslationMadeSchema,
  TranslationRefreshedSchema,
  TranslationCompletedSchema,
]);
export type ReturnEvent = z.infer<typeof ReturnEventSchema>;
export type ReturnEventKind = ReturnEvent['kind'];
/** A step of one kind: `ReturnEventOf<'challenge-raised'>`. */
export type ReturnEventOf<K extends ReturnEventKind> = Extract<ReturnEvent, { kind: K }>;
