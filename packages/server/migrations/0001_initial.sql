-- The collector's tables. Ids are text (random UUIDs made by the server) so that a backup
-- restores into any database without sequences to reset. Times are timestamptz, set by the
-- server's clock.

create table partnerships (
  id text primary key,
  -- The id frameworks use for the partnership (portsmouth, hampshire, ...).
  slug text not null unique,
  name text not null,
  created_at timestamptz not null
);

create table staff (
  id text primary key,
  partnership_id text not null references partnerships (id),
  -- Lower case; one account an address.
  email text not null unique,
  name text not null,
  role text not null check (role in ('analyst', 'administrator')),
  -- scrypt, with its parameters and salt; null until the person sets a password.
  password_hash text,
  created_at timestamptz not null,
  disabled_at timestamptz
);

-- One-time links to set a password; only a hash of the token is kept.
create table password_links (
  token_hash text primary key,
  staff_id text not null references staff (id),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);

create table sessions (
  token_hash text primary key,
  staff_id text not null references staff (id),
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create index sessions_staff on sessions (staff_id);

create table campaigns (
  id text primary key,
  -- The partnership that runs it; others may share it (campaign_partnerships).
  partnership_id text not null references partnerships (id),
  title text not null,
  framework_id text not null,
  framework_version text not null,
  -- The framework as parsed when the campaign was created: returns are checked against this copy.
  framework json not null,
  -- Whether the framework is the built-in one of that id and version (the page then names it).
  built_in boolean not null,
  cycle_start integer not null,
  cycle_year integer not null,
  -- The last moment a return counts as on time.
  deadline_at timestamptz not null,
  created_at timestamptz not null
);

create table campaign_partnerships (
  campaign_id text not null references campaigns (id),
  partnership_id text not null references partnerships (id),
  primary key (campaign_id, partnership_id)
);
create index campaign_partnerships_partnership on campaign_partnerships (partnership_id);

create table agencies (
  id text primary key,
  -- The partnership that added it.
  partnership_id text not null references partnerships (id),
  name text not null,
  sector text not null,
  -- A stable identifier: NHS ODS code, school URN, Ofsted URN, charity or company number, or a
  -- partnership's own id.
  identifier_scheme text check (identifier_scheme in ('ods', 'urn', 'ofsted-urn', 'charity', 'company', 'local')),
  identifier_value text,
  created_at timestamptz not null,
  check ((identifier_scheme is null) = (identifier_value is null))
);
create unique index agencies_identifier on agencies (identifier_scheme, identifier_value) where identifier_scheme <> 'local';
create unique index agencies_local_identifier on agencies (partnership_id, identifier_value) where identifier_scheme = 'local';

-- The partnerships an agency reports to: each sees its returns.
create table agency_partnerships (
  agency_id text not null references agencies (id),
  partnership_id text not null references partnerships (id),
  primary key (agency_id, partnership_id)
);
create index agency_partnerships_partnership on agency_partnerships (partnership_id);

-- The agencies expected to make a return in a campaign.
create table campaign_agencies (
  campaign_id text not null references campaigns (id),
  agency_id text not null references agencies (id),
  added_at timestamptz not null,
  primary key (campaign_id, agency_id)
);

-- An agency's link for one campaign; only a hash of the token is kept.
create table links (
  token_hash text primary key,
  campaign_id text not null,
  agency_id text not null,
  created_at timestamptz not null,
  revoked_at timestamptz,
  foreign key (campaign_id, agency_id) references campaign_agencies (campaign_id, agency_id)
);
create index links_campaign_agency on links (campaign_id, agency_id);

-- The draft saved on the server, one per agency and campaign, with a revision that every save
-- must name so that a stale copy never overwrites a newer one.
create table drafts (
  campaign_id text not null,
  agency_id text not null,
  revision integer not null check (revision >= 1),
  saved_at timestamptz not null,
  value json not null,
  primary key (campaign_id, agency_id),
  foreign key (campaign_id, agency_id) references campaign_agencies (campaign_id, agency_id)
);

-- Every submitted return, never changed or deleted; the latest of an agency counts.
create table return_versions (
  id text primary key,
  campaign_id text not null,
  agency_id text not null,
  number integer not null check (number >= 1),
  reference text not null unique,
  received_at timestamptz not null,
  idempotency_key text not null,
  -- SHA-256 of the body as canonical JSON: a replay with the same key must carry the same body.
  body_hash text not null,
  body json not null,
  -- What aggregation reads, made once at submit so that stored returns are never checked again.
  digest json not null,
  late boolean not null,
  unique (campaign_id, agency_id, number),
  unique (campaign_id, agency_id, idempotency_key),
  foreign key (campaign_id, agency_id) references campaign_agencies (campaign_id, agency_id)
);

-- Every staff read of a return and every export, and every administrative change.
create table audit_log (
  id text primary key,
  at timestamptz not null,
  partnership_id text,
  staff_id text,
  actor text not null,
  action text not null,
  campaign_id text,
  agency_id text,
  version_id text,
  detail json
);
create index audit_log_partnership on audit_log (partnership_id, at);

create table settings (
  name text primary key,
  value text not null
);
