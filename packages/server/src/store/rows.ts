/** Row shapes as both drivers give them: timestamptz as Date, json parsed, integers cast to int. */
export interface PartnershipRow {
  id: string;
  slug: string;
  name: string;
}

export type Role = 'analyst' | 'administrator';

export interface StaffRow {
  id: string;
  partnership_id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  disabled_at: Date | null;
}

export interface CampaignRow {
  id: string;
  partnership_id: string;
  title: string;
  framework_id: string;
  framework_version: string;
  framework: unknown;
  built_in: boolean;
  cycle_start: number;
  cycle_year: number;
  deadline_at: Date;
  created_at: Date;
}

export const IDENTIFIER_SCHEMES = ['ods', 'urn', 'ofsted-urn', 'charity', 'company', 'local'] as const;
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

export interface AgencyIdentifier {
  readonly scheme: IdentifierScheme;
  readonly value: string;
}

export interface AgencyRow {
  id: string;
  partnership_id: string;
  name: string;
  sector: string;
  identifier_scheme: IdentifierScheme | null;
  identifier_value: string | null;
}

export interface DraftRow {
  revision: number;
  saved_at: Date;
  value: unknown;
}

export interface VersionRow {
  id: string;
  campaign_id: string;
  agency_id: string;
  number: number;
  reference: string;
  received_at: Date;
  idempotency_key: string;
  body_hash: string;
  late: boolean;
}
