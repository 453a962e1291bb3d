/** Where in the checked value a problem is: object keys and array indexes from the root. */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * Stable codes: safe to branch on and to translate. Messages may be reworded between releases;
 * codes change only in a major release.
 */
export type IssueCode =
  // shape of the value
  | 'invalid_type'
  | 'missing_field'
  | 'unknown_field'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_long'
  | 'too_short'
  | 'too_many'
  | 'too_few'
  // framework files
  | 'duplicate_id'
  | 'unknown_reference'
  // which framework a return belongs to
  | 'framework_mismatch'
  | 'framework_version_mismatch'
  // organisation, respondent and cover sheet
  | 'organisation_name_required'
  | 'sector_required'
  | 'unknown_sector'
  | 'partnership_required'
  | 'unknown_partnership'
  | 'respondent_name_required'
  | 'respondent_email_required'
  | 'respondent_email_invalid'
  | 'cover_field_required'
  | 'cover_field_invalid'
  | 'unknown_cover_field'
  // responses
  | 'unknown_standard'
  | 'duplicate_response'
  | 'standard_not_applicable'
  | 'unknown_rating'
  | 'rating_required'
  | 'evidence_required'
  | 'evidence_too_long'
  | 'evidence_copied'
  | 'explanation_required'
  | 'action_required'
  | 'action_empty'
  // items within a standard
  | 'unknown_item'
  | 'duplicate_item'
  | 'item_not_applicable'
  | 'item_rating_required'
  | 'rating_not_rolled_up'
  // actions
  | 'action_text_required'
  | 'action_lead_required'
  | 'action_due_required'
  | 'action_due_invalid'
  | 'action_due_past'
  | 'duplicate_action_id'
  // year 2: tracking actions
  | 'unknown_action'
  | 'ambiguous_action'
  | 'progress_note_required'
  | 'revision_reason_required'
  | 'revision_date_invalid'
  | 'revision_date_unchanged'
  | 'revision_chain_broken'
  | 'revision_due_mismatch'
  | 'completion_evidence_required'
  | 'completion_date_invalid'
  // year 2: statement of compliance
  | 'signer_name_required'
  | 'signer_role_required'
  | 'statement_text_required'
  | 'statement_change_missing'
  | 'statement_change_incorrect'
  | 'statement_change_unexpected'
  | 'statement_evidence_required'
  | 'statement_action_required'
  // staff survey results
  | 'survey_not_in_framework'
  | 'unknown_survey_question'
  | 'duplicate_survey_answer'
  | 'survey_counts_invalid'
  // mappings between frameworks
  | 'mapping_framework_mismatch'
  | 'mapping_level_not_applicable'
  | 'mapping_level_unmapped'
  | 'mapping_standard_unmapped'
  // a collector: the framework needs the answers signed off before they are sent
  | 'sign_off_required'
  // guard rails
  | 'too_many_issues';

export type IssueSeverity = 'error' | 'warning';

/** One problem found in a framework or a return, worded for a GOV.UK error summary. */
export interface Issue {
  /** Where the problem is, from the root of the checked value. */
  readonly path: IssuePath;
  /** Stable machine-readable code. */
  readonly code: IssueCode;
  /** `error` blocks acceptance; `warning` is worth a look but the value is still accepted. */
  readonly severity: IssueSeverity;
  /** Plain-English sentence that says what is wrong and how to put it right. */
  readonly message: string;
  /** The standard the problem belongs to, when it belongs to one. */
  readonly standardId?: string;
}

/** What every checking function returns: never an exception. */
export type Result<T> = { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] } | { readonly ok: false; readonly issues: readonly Issue[] };
