// The public API of @s11kit/schema. Named exports only, listed by hand so that what is public is a
// decision, not an accident of which files exist.

export { TEXT_CEILING, SlugSchema, IsoDateSchema, IsoDateTimeSchema, DateEntrySchema } from './models/common.js';
export { RequirementSchema, ToneSchema, RatingLevelSchema, RatingScaleSchema, type Requirement, type Tone, type RatingLevel, type RatingScale } from './models/scale.js';
export { ACTION_STATUSES, IDENTIFIER_SCHEMES, ROLL_UPS, type IdentifierScheme, type RollUp } from './models/vocabulary.js';
export {
  SectorSchema,
  PartnershipSchema,
  StandardVariantSchema,
  ItemSchema,
  StandardSchema,
  SurveyQuestionSchema,
  StaffSurveySchema,
  CoverFieldTypeSchema,
  CoverFieldSchema,
  CycleSchema,
  SignOffRoleSchema,
  SignOffSchema,
  FrameworkSchema,
  type Sector,
  type Partnership,
  type StandardVariant,
  type Item,
  type Standard,
  type SurveyQuestion,
  type StaffSurvey,
  type CoverFieldType,
  type CoverField,
  type Cycle,
  type SignOffRole,
  type SignOff,
  type Framework,
} from './models/framework.js';
export {
  EventActorSchema,
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
  ActionChangeSchema,
  ActionUpdatedSchema,
  StatementSignedSchema,
  TranslationMadeSchema,
  TranslationRefreshedSchema,
  TranslationCompletedSchema,
  ReturnEventSchema,
  type EventActor,
  type ReturnEvent,
  type ReturnEventKind,
  type ReturnEventOf,
} from './models/return-event.js';
export {
  ActionStatusSchema,
  ProgressNoteSchema,
  DueDateRevisionSchema,
  ActionCompletionSchema,
  ActionSchema,
  type ActionStatus,
  type ProgressNote,
  type DueDateRevision,
  type ActionCompletion,
  type Action,
  type ActionInput,
} from './models/action.js';
export {
  SignerSchema,
  ChangedStandardSchema,
  StatementOfComplianceSchema,
  HistoryEntrySchema,
  type Signer,
  type ChangedStandard,
  type StatementOfCompliance,
  type HistoryEntry,
} from './models/history.js';
export {
  MappingIdSchema,
  MappingFrameworkRefSchema,
  StandardMappingSchema,
  LevelMappingSchema,
  FrameworkMappingSchema,
  type MappingFrameworkRef,
  type StandardMapping,
  type LevelMapping,
  type FrameworkMapping,
} from './models/mapping.js';
export {
  FrameworkRefSchema,
  OrganisationIdentifierSchema,
  OrganisationSchema,
  RespondentSchema,
  CycleRefSchema,
  ItemResponseSchema,
  CopiedFromSchema,
  ResponseSchema,
  SurveyAnswerSchema,
  StaffSurveyResultSchema,
  ReturnStatusSchema,
  AuditReturnSchema,
  type FrameworkRef,
  type OrganisationIdentifier,
  type Organisation,
  type Respondent,
  type CycleRef,
  type ItemResponse,
  type CopiedFrom,
  type Response,
  type ResponseInput,
  type SurveyAnswer,
  type StaffSurveyResult,
  type ReturnStatus,
  type AuditReturn,
  type AuditReturnInput,
} from './models/return.js';

export { fourPointScale, bragScale, metScale, builtInScales } from './scales/built-in.js';

export type { Issue, IssueCode, IssuePath, IssueSeverity, Result } from './issues/issue.js';
export { formatPath } from './issues/text.js';
export { issueTarget, type IssueArea, type IssueTarget } from './issues/issue-target.js';

export { parseFramework } from './framework/parse-framework.js';
export { applicableItems, rollUpOf, rolledUpRating, withRolledUpRating, emptyItems } from './framework/items.js';
export { signOffRoles, signOffRequired } from './framework/sign-off.js';
export { standardWording, appliesToSector, applicableStandards, standardName, type StandardWording } from './framework/wording.js';

export { validateReturn, type ValidateOptions } from './return/validate-return.js';
export { isBlank, type ValidationMode } from './return/rules/context.js';
export { ACTION_REQUIRED_FIELDS, isEmptyAction } from './return/rules/actions.js';
export { createReturn, blankReturn, emptyResponse, emptyAction, actionIds, type CreateReturnOptions } from './return/create-return.js';
export { checkResponse, responseStatus, isResponseEmpty, type CheckResponseOptions, type ResponseStatus } from './return/check-response.js';
export { checkOrganisation, type CheckOrganisationOptions } from './return/check-organisation.js';
export { alignReturn, type AlignedReturn } from './return/align-return.js';
export { actionPlan, type ActionPlanItem, type ActionPlanOptions } from './return/action-plan.js';
export { londonDate, isCalendarDate, formatLongDate, type Instant } from './dates.js';
export { dateParts, dateEntry, dateEntryProblem, type DateParts } from './date-entry.js';

export { updateAction, type ActionChange, type UpdateActionOptions } from './tracking/update-action.js';
export type { ActionRef } from './tracking/find-action.js';
export { trackActions, type TrackedAction, type ActionCounts, type ActionTracking } from './tracking/track-actions.js';
export { statementOfCompliance, signStatement, type StatementOptions } from './tracking/statement-of-compliance.js';
export { checkStatement } from './tracking/check-statement.js';

export { parseMapping } from './mapping/parse-mapping.js';
export { checkMapping } from './mapping/check-mapping.js';
export { translateReturn, type TranslateOptions, type TranslateResult, type StandardNeedingAnswer, type KeptAnswers } from './mapping/translate-return.js';
export { levelStandings, scoreBand, type LevelStanding } from './scales/level-standings.js';
export { aggregate, createAggregator, type AggregateOptions, type Aggregator } from './aggregate/aggregator.js';
export type { AggregateResult, AgencyMatrix, TranslatedReturn } from './aggregate/aggregate-result.js';
export type { Agency, DuplicateReturn } from './aggregate/agency-store.js';
export type { RejectedReturn } from './aggregate/rejection.js';
export type { Translate } from './aggregate/check-for-count.js';
export type { StandardFigures, ItemFigures, RatingFigures } from './aggregate/standard-figures.js';
export type { GroupFigures } from './aggregate/breakdowns.js';
export type { GoodPracticeQuote, StandardQuotes } from './aggregate/good-practice.js';
export type { DueAction, DueActions } from './aggregate/due-actions.js';
export type { StatementFigures, StandardStatements } from './aggregate/statements.js';
export type { SurveyFigures, StandardSurvey, SurveyGap } from './aggregate/staff-survey.js';
export type { Change, CycleComparison, StandardChanges } from './aggregate/comparison.js';
export { challengeFigures, type ChallengeFigures, type StandardChallenges, type RatingAt } from './aggregate/challenge-figures.js';
export { agencyKeys, defaultAgencyKey, normaliseName, returnIdentity } from './aggregate/agency-key.js';

export { csvCell, csvRow, type CsvValue } from './export/csv/csv-cell.js';
export { responsesCsvHeader, responsesCsvRows } from './export/csv/responses-csv.js';
export { actionsCsvHeader, actionsCsvRows, type ActionsCsvOptions } from './export/csv/actions-csv.js';
export { itemsCsvHeader, itemsCsvRows } from './export/csv/items-csv.js';
export { toCsv, type CsvFiles } from './export/csv/to-csv.js';
export { escapeHtml } from './export/html/escape-html.js';
export { boardReport } from './export/board-report/board-report.js';
export type { BoardReportOptions } from './export/board-report/report-context.js';
