-- The second year of a cycle, returns shared across partnerships in translation, and the history
-- of every step. History entries are only ever added: a trigger refuses to change one.

-- Every step of an agency's return after the self-assessment: who did what, and when. `detail`
-- says what (ids, ratings, the changes as given); never a token.
create table history_entries (
  id text primary key,
  at timestamptz not null,
  campaign_id text not null references campaigns (id),
  agency_id text not null references agencies (id),
  -- 1, 2, 3... for each agency and campaign: the order of the steps, even at the same instant.
  number integer not null check (number >= 1),
  -- year-two-opened, year-two-chosen, action-updated, statement-signed, translation-made,
  -- translation-refreshed, translation-completed
  kind text not null,
  -- The agency through its link, a member of staff signed in, an administrator at the command
  -- line, or the collector itself (a translation made when a return arrived).
  actor_kind text not null check (actor_kind in ('agency', 'staff', 'cli', 'collector')),
  staff_id text references staff (id),
  -- The name as it was then: the agency's, the member of staff's, the administrator's login.
  actor_name text not null,
  detail json not null
);
create unique index history_entries_return on history_entries (campaign_id, agency_id, number);

create function history_entries_unchanged() returns trigger language plpgsql as $$
begin
  raise exception 'history entries are never changed' using errcode = 'restrict_violation';
end
$$;
create trigger history_entries_no_update before update on history_entries
  for each row execute function history_entries_unchanged();

-- Which campaign comes before another: year 2 of a cycle follows its year 1, whose action plans
-- it carries on.
create table campaign_follows (
  campaign_id text primary key references campaigns (id),
  previous_campaign_id text not null unique references campaigns (id),
  check (campaign_id <> previous_campaign_id)
);

-- An agency's year 2: the year-1 return it carries on, with every update applied since. This row
-- is what the history entries add up to (each update's changes are in its entry), kept so that
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
  -- The statement of compliance once signed (its history entry has the whole of it).
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
  history_id text not null references history_entries (id),
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
