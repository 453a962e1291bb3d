-- The second year of a cycle and returns shared across partnerships in translation. Their steps
-- (year-two-opened, year-two-chosen, action-updated, statement-signed, translation-*) are steps
-- of the return's one history, return_events (0002).

-- Which campaign comes before another: year 2 of a cycle follows its year 1, whose action plans
-- it carries on.
create table campaign_follows (
  campaign_id text primary key references campaigns (id),
  previous_campaign_id text not null unique references campaigns (id),
  check (campaign_id <> previous_campaign_id)
);

-- An agency's year 2: the year-1 return it carries on, with every update applied since. This row
-- is what the year-2 steps of return_events add up to (each update's changes are in its step), kept so that
-- a page does not replay them.
create table year_two_returns (
  campaign_id text not null,
  agency_id text not null,
  -- The year-1 version the year starts from: the agency's latest when year 2 was opened.
  base_version_id text not null references return_versions (id),
  -- What the agency chose where the framework offers a statement of compliance; null until then,
  -- and always null where the year is action-plan tracking only.
  choice text check (choice in ('tracking', 'statement', 're-audit')),
  revision integer not null check (revision >= 1),
  value json not null,
  -- As return_versions.digest, for the comparison with a later cycle.
  digest json not null,
  updated_at timestamptz not null,
  -- The statement of compliance once signed (its statement-signed step has the whole of it).
  statement_reference text unique,
  primary key (campaign_id, agency_id),
  foreign key (campaign_id, agency_id) references campaign_agencies (campaign_id, agency_id)
);

-- Year-2 updates are idempotent on their key, like submits: a retry of one that was stored is
-- answered without applying it twice.
create table update_keys (
  campaign_id text not null,
  agency_id text not null,
  idempotency_key text not null,
  body_hash text not null,
  -- The action-updated step the update made.
  event_id text not null references return_events (id),
  primary key (campaign_id, agency_id, idempotency_key)
);

-- A return translated into the framework of another partnership the agency reports to, for that
-- partnership's campaign; one a campaign and agency. The agency completes it on its link.
create table shared_copies (
  campaign_id text not null references campaigns (id),
  agency_id text not null references agencies (id),
  -- The return it was translated from (a version in another campaign).
  source_version_id text not null references return_versions (id),
  mapping_id text not null,
  made_at timestamptz not null,
  -- What the translation gave, as the other partnership's staff see it until the agency completes it.
  translated json not null,
  -- [{ standardId, standard, reason }]: what a person must answer, never guessed.
  needs_answer json not null,
  sector_needs_answer text,
  -- The agency's work on the copy, revisioned like drafts (revision 1 is the translation itself).
  draft_revision integer not null check (draft_revision >= 1),
  draft_saved_at timestamptz not null,
  draft json not null,
  -- The version the agency submitted to the campaign when it completed the copy.
  completed_version_id text references return_versions (id),
  primary key (campaign_id, agency_id)
);
create index shared_copies_source on shared_copies (source_version_id);
