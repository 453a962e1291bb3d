-- The cycle after the first submit (issue 11): sign-off, challenge and feedback, reminders and
-- retention. Every step is a row of return_events, never changed: the database refuses an update,
-- and a delete except by the retention purge.

-- Where reminders go: one address an agency, given by the partnership (admin CLI or CSV import).
alter table agencies add column contact_email text check (contact_email is null or (length(contact_email) <= 254 and contact_email ~ '^[^[:space:]@,;<>"]+@[^[:space:]@,;<>"]+$'));

-- A campaign closes when the partnership says so; its data is purged `retention_years` after.
alter table campaigns add column closed_at timestamptz;
alter table campaigns add column retention_years integer not null default 6 check (retention_years between 1 and 100);

-- A request to a senior leader to sign off the answers as saved at one draft revision. The
-- signer's link is a token whose hash is kept here; `value` is the answers they are shown, so
-- that what was signed is on record even after the draft moves on.
create table sign_off_requests (
  id text primary key,
  campaign_id text not null,
  agency_id text not null,
  token_hash text not null unique,
  revision integer not null check (revision >= 1),
  -- SHA-256 of the answers (the return without its status and times) as canonical JSON.
  answers_hash text not null,
  value json not null,
  created_at timestamptz not null,
  foreign key (campaign_id, agency_id) references campaign_agencies (campaign_id, agency_id)
);
create index sign_off_requests_return on sign_off_requests (campaign_id, agency_id, created_at);

-- Every step of a return's history, in order (`seq` from 1 for each agency and campaign): the
-- one history of a return on the collector, from sign-off and challenge to year 2 and the
-- translations for other partnerships (0003). `kind` and the ids that threads
-- are followed by are columns; the rest of the step is `data`, in the shape of ReturnEvent in
-- @s11kit/schema. The agency is named by campaign and agency rather than by campaign_agencies:
-- a translated copy for another partnership's campaign has a history before the agency is
-- invited to that campaign.
create table return_events (
  id text primary key,
  campaign_id text not null references campaigns (id),
  agency_id text not null references agencies (id),
  seq integer not null check (seq >= 1),
  at timestamptz not null,
  kind text not null check (kind in (
    'sign-off-requested', 'sign-off-sent-back', 'signed-off', 'return-submitted', 'review-selected',
    'challenge-raised', 'challenge-answered', 'challenge-accepted', 'challenge-reopened', 'reminder-sent',
    -- year 2 and translations for other partnerships (0003)
    'year-two-opened', 'year-two-chosen', 'action-updated', 'statement-signed',
    'translation-made', 'translation-refreshed', 'translation-completed'
  )),
  -- Who, named as they were then: {kind: agency|signer|staff|cli|collector, ...} (EventActor).
  actor json not null,
  -- The sign-off request or challenge the step belongs to, when it belongs to one.
  thread_id text,
  -- The member of staff who took the step, when one did.
  staff_id text references staff (id),
  data json not null,
  unique (campaign_id, agency_id, seq)
);
create index return_events_thread on return_events (thread_id);
create index return_events_kind on return_events (campaign_id, kind);
-- A sign-off request is answered once: signed or sent back, never both, never twice.
create unique index return_events_one_answer on return_events (thread_id) where kind in ('signed-off', 'sign-off-sent-back');

-- Append-only, by the database itself: no update ever, and a delete only inside the retention
-- purge, which sets s11.purge for its own transaction.
create function s11_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and current_setting('s11.purge', true) = 'on' then
    return old;
  end if;
  raise exception '% is append-only: % is refused (history is never edited in place)', tg_table_name, tg_op using errcode = 'P0001';
end
$$;
create trigger return_events_append_only before update or delete on return_events for each row execute function s11_append_only();
create trigger sign_off_requests_append_only before update or delete on sign_off_requests for each row execute function s11_append_only();
