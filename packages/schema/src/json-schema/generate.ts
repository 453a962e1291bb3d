import * as z from 'zod/mini';
import { ActionCompletionSchema, ActionSchema, DueDateRevisionSchema, ProgressNoteSchema } from '../models/action.js';
import { ChangedStandardSchema, SignerSchema, StatementOfComplianceSchema } from '../models/history.js';
import { FrameworkMappingSchema, LevelMappingSchema, MappingFrameworkRefSchema, StandardMappingSchema } from '../models/mapping.js';
import {
  CoverFieldSchema,
  CycleSchema,
  FrameworkSchema,
  SignOffRoleSchema,
  SignOffSchema,
  ItemSchema,
  PartnershipSchema,
  SectorSchema,
  StaffSurveySchema,
  StandardSchema,
  StandardVariantSchema,
  SurveyQuestionSchema,
} from '../models/framework.js';
import {
  AuditReturnSchema,
  CopiedFromSchema,
  CycleRefSchema,
  FrameworkRefSchema,
  ItemResponseSchema,
  OrganisationIdentifierSchema,
  OrganisationSchema,
  RespondentSchema,
  ResponseSchema,
  StaffSurveyResultSchema,
  SurveyAnswerSchema,
} from '../models/return.js';
import { RatingLevelSchema, RatingScaleSchema } from '../models/scale.js';
import {
  ActionChangeSchema,
  ActionUpdatedSchema,
  ChallengeAcceptedSchema,
  ChallengeAnsweredSchema,
  ChallengeRaisedSchema,
  ChallengeReopenedSchema,
  EventActorSchema,
  ReminderSentSchema,
  ReturnEventSchema,
  ReturnSubmittedSchema,
  ReviewSelectedSchema,
  SignedOffSchema,
  SignOffRequestedSchema,
  SignOffSentBackSchema,
  StatementSignedSchema,
  TranslationCompletedSchema,
  TranslationMadeSchema,
  TranslationRefreshedSchema,
  YearTwoChosenSchema,
  YearTwoOpenedSchema,
} from '../models/return-event.js';
import { DESCRIPTIONS } from './descriptions.js';

type JsonObject = Record<string, unknown>;

/** Where the published schema files live, so that `$schema` links in JSON files resolve. */
export const SCHEMA_BASE_URL = 'https://unpkg.com/@s11kit/schema/json-schema/';

export const SCHEMA_FILES = {
  framework: 'framework.schema.json',
  auditReturn: 'audit-return.schema.json',
  mapping: 'mapping.schema.json',
  returnEvent: 'return-event.schema.json',
} as const;

// Named definitions: each becomes a `$defs` entry and so a named TypeScript interface.
const NAMED: ReadonlyArray<readonly [z.ZodMiniType, string]> = [
  [RatingScaleSchema, 'RatingScale'],
  [RatingLevelSchema, 'RatingLevel'],
  [StandardSchema, 'Standard'],
  [StandardVariantSchema, 'StandardVariant'],
  [ItemSchema, 'Item'],
  [StaffSurveySchema, 'StaffSurvey'],
  [SurveyQuestionSchema, 'SurveyQuestion'],
  [SectorSchema, 'Sector'],
  [PartnershipSchema, 'Partnership'],
  [CoverFieldSchema, 'CoverField'],
  [CycleSchema, 'Cycle'],
  [SignOffSchema, 'SignOff'],
  [SignOffRoleSchema, 'SignOffRole'],
  [EventActorSchema, 'EventActor'],
  [SignOffRequestedSchema, 'SignOffRequested'],
  [SignOffSentBackSchema, 'SignOffSentBack'],
  [SignedOffSchema, 'SignedOff'],
  [ReturnSubmittedSchema, 'ReturnSubmitted'],
  [ReviewSelectedSchema, 'ReviewSelected'],
  [ChallengeRaisedSchema, 'ChallengeRaised'],
  [ChallengeAnsweredSchema, 'ChallengeAnswered'],
  [ChallengeAcceptedSchema, 'ChallengeAccepted'],
  [ChallengeReopenedSchema, 'ChallengeReopened'],
  [ReminderSentSchema, 'ReminderSent'],
  [YearTwoOpenedSchema, 'YearTwoOpened'],
  [YearTwoChosenSchema, 'YearTwoChosen'],
  [ActionChangeSchema, 'ActionChange'],
  [ActionUpdatedSchema, 'ActionUpdated'],
  [StatementSignedSchema, 'StatementSigned'],
  [TranslationMadeSchema, 'TranslationMade'],
  [TranslationRefreshedSchema, 'TranslationRefreshed'],
  [TranslationCompletedSchema, 'TranslationCompleted'],
  [FrameworkRefSchema, 'FrameworkRef'],
  [OrganisationSchema, 'Organisation'],
  [RespondentSchema, 'Respondent'],
  [CycleRefSchema, 'CycleRef'],
  [OrganisationIdentifierSchema, 'OrganisationIdentifier'],
  [ResponseSchema, 'Response'],
  [ItemResponseSchema, 'ItemResponse'],
  [CopiedFromSchema, 'CopiedFrom'],
  [StaffSurveyResultSchema, 'StaffSurveyResult'],
  [SurveyAnswerSchema, 'SurveyAnswer'],
  [ActionSchema, 'Action'],
  [ProgressNoteSchema, 'ProgressNote'],
  [DueDateRevisionSchema, 'DueDateRevision'],
  [ActionCompletionSchema, 'ActionCompletion'],
  [StatementOfComplianceSchema, 'StatementOfCompliance'],
  [SignerSchema, 'Signer'],
  [ChangedStandardSchema, 'ChangedStandard'],
  [MappingFrameworkRefSchema, 'MappingFrameworkRef'],
  [StandardMappingSchema, 'StandardMapping'],
  [LevelMappingSchema, 'LevelMapping'],
];

function describe(node: JsonObject, name: string): void {
  const words = DESCRIPTIONS[name];
  if (!words) return;
  if (words['']) node.description = words[''];
  const properties = node.properties as Record<string, JsonObject> | undefined;
  for (const [key, text] of Object.entries(words)) {
    if (key && properties?.[key]) properties[key].description = text;
  }
}

function build(schema: z.ZodMiniType, title: string, file: string): JsonObject {
  const registry = z.registry<{ id: string }>();
  for (const [named, id] of NAMED) registry.add(named, { id });
  // The input side: what a file or request may hold, so fields with a default may be left out.
  const json = z.toJSONSchema(schema, { metadata: registry, target: 'draft-2020-12', io: 'input' }) as JsonObject;
  const defs = (json.$defs ?? {}) as Record<string, JsonObject>;
  for (const [name, def] of Object.entries(defs)) describe(def, name);
  describe(json, title);
  // Key order: identity first, so the file reads well.
  return { $schema: json.$schema, $id: SCHEMA_BASE_URL + file, title, ...json };
}

/** The JSON Schema documents, generated from the zod models: one source of truth. */
export function jsonSchemas(): Record<string, JsonObject> {
  return {
    [SCHEMA_FILES.framework]: build(FrameworkSchema, 'Framework', SCHEMA_FILES.framework),
    [SCHEMA_FILES.auditReturn]: build(AuditReturnSchema, 'AuditReturn', SCHEMA_FILES.auditReturn),
    [SCHEMA_FILES.mapping]: build(FrameworkMappingSchema, 'FrameworkMapping', SCHEMA_FILES.mapping),
    [SCHEMA_FILES.returnEvent]: build(ReturnEventSchema, 'ReturnEvent', SCHEMA_FILES.returnEvent),
  };
}
