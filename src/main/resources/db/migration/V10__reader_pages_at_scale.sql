-- Reader pages at scale (issue 6): every list page reads one page of rows through an index, and the
-- exchanges page and the home page read their totals and chart from small tallies kept up to date by
-- triggers, instead of adding up every stage of every exchange on each request.

-- ---------------------------------------------------------------------------------------------
-- Exchange tallies. Only exchanges agreed at published rounds count, as on the pages. Where the
-- sides' reports of a stage differ, the lower figure counts (ReceivedCounts.counted()); a withheld
-- or unreported figure counts as nothing. Rows whose counters fall back to zero stay, and readers
-- skip them (agreements = 0, stages = 0).

-- Per receiving party and kind of exchange: what it was to receive, and what it received.
create table exchange_side_total (
    party_id   bigint      not null references party (id),
    kind       varchar(20) not null,
    agreed     bigint      not null, -- the counts this side was to receive, where reported
    unreported bigint      not null, -- agreements giving this side no count (or all for all)
    incomplete bigint      not null, -- agreements missing either count, counted once, on side A's row
    agreements bigint      not null,
    received   bigint      not null,
    stages     bigint      not null,
    primary key (party_id, kind)
);

-- What each receiving party received of each group (people, or bodies) on each day of handover, by
-- the precision the day is known to; and the same per month, for charts spanning years.
create table exchange_received_day (
    occurred_on    date        not null,
    party_id       bigint      not null references party (id),
    handover_group varchar(20) not null check (handover_group in ('PEOPLE', 'BODIES')),
    precision      varchar(20) not null,
    received       bigint      not null,
    stages         bigint      not null,
    primary key (occurred_on, party_id, handover_group, precision)
);

create table exchange_received_month (
    month          date        not null,
    party_id       bigint      not null references party (id),
    handover_group varchar(20) not null check (handover_group in ('PEOPLE', 'BODIES')),
    received       bigint      not null,
    stages         bigint      not null,
    primary key (month, party_id, handover_group)
);

-- Adds (sign 1) or takes away (sign -1) what these stages contribute, as stages of these
-- agreements (given as rows, so an update can take away what the old values contributed). Stages
-- of an agreement not given, or agreed at a round that is not published, contribute nothing.
-- The planner cannot see how many stages and agreements the arrays hold: without this it may join
-- them in a nested loop, which the data generator's 500,000 stages turn into hours.
create function exchange_tally_stages(sign integer, stages exchange_stage[], agreements exchange_agreement[])
    returns void language sql set enable_nestloop = off as $$
    with side as (
        select side.party_id, a.kind, case when a.kind = 'BODIES' then 'BODIES' else 'PEOPLE' end as handover_group,
               s.occurred_on, s.occurred_on_precision as precision, side.received
        from unnest(stages) s
        join unnest(agreements) a on a.id = s.agreement_id
        join round r on r.id = a.round_id and r.published
        cross join lateral (values
            (a.side_a_party_id, coalesce(least(coalesce(s.side_a_received_per_a, s.side_a_received_per_b),
                                               coalesce(s.side_a_received_per_b, s.side_a_received_per_a)), 0)),
            (a.side_b_party_id, coalesce(least(coalesce(s.side_b_received_per_a, s.side_b_received_per_b),
                                               coalesce(s.side_b_received_per_b, s.side_b_received_per_a)), 0))
        ) side (party_id, received)
    ),
    totals as (
        insert into exchange_side_total as t (party_id, kind, agreed, unreported, incomplete, agreements, received, stages)
        select party_id, kind, 0, 0, 0, 0, sign * sum(received), sign * count(*)
        from side group by party_id, kind order by party_id, kind
        on conflict (party_id, kind) do update
            set received = t.received + excluded.received, stages = t.stages + excluded.stages
    ),
    days as (
        insert into exchange_received_day as t (occurred_on, party_id, handover_group, precision, received, stages)
        select occurred_on, party_id, handover_group, precision, sign * sum(received), sign * count(*)
        from side group by occurred_on, party_id, handover_group, precision
        order by occurred_on, party_id, handover_group, precision
        on conflict (occurred_on, party_id, handover_group, precision) do update
            set received = t.received + excluded.received, stages = t.stages + excluded.stages
    )
    insert into exchange_received_month as t (month, party_id, handover_group, received, stages)
    select date_trunc('month', occurred_on)::date, party_id, handover_group, sign * sum(received), sign * count(*)
    from side group by 1, party_id, handover_group order by 1, party_id, handover_group
    on conflict (month, party_id, handover_group) do update
        set received = t.received + excluded.received, stages = t.stages + excluded.stages;
$$;

-- Adds or takes away what these agreements contribute: their counts, and all their stages.
create function exchange_tally_agreements(sign integer, agreements exchange_agreement[])
    returns void language plpgsql as $$
begin
    insert into exchange_side_total as t (party_id, kind, agreed, unreported, incomplete, agreements, received, stages)
    select side.party_id, a.kind, sign * sum(side.agreed), sign * sum(side.unreported), sign * sum(side.incomplete),
           sign * count(*), 0, 0
    from unnest(agreements) a
    join round r on r.id = a.round_id and r.published
    cross join lateral (values
        (a.side_a_party_id, coalesce(a.side_a_count, 0), (a.side_a_count is null)::int,
         (a.side_a_count is null or a.side_b_count is null)::int),
        (a.side_b_party_id, coalesce(a.side_b_count, 0), (a.side_b_count is null)::int, 0)
    ) side (party_id, agreed, unreported, incomplete)
    group by side.party_id, a.kind order by side.party_id, a.kind
    on conflict (party_id, kind) do update
        set agreed = t.agreed + excluded.agreed, unreported = t.unreported + excluded.unreported,
            incomplete = t.incomplete + excluded.incomplete, agreements = t.agreements + excluded.agreements;

    perform exchange_tally_stages(sign,
        array(select s from exchange_stage s where s.agreement_id in (select a.id from unnest(agreements) a)),
        agreements);
end
$$;

-- Stages: one call per statement, however many rows it writes (the data generator inserts 500,000
-- in one). A stage deleted with its agreement or round was taken away by their trigger, before.
create function exchange_stage_tally() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform exchange_tally_stages(-1, array(select s::exchange_stage from old_stages s),
            array(select a from exchange_agreement a where a.id in (select agreement_id from old_stages)));
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform exchange_tally_stages(1, array(select s::exchange_stage from new_stages s),
            array(select a from exchange_agreement a where a.id in (select agreement_id from new_stages)));
    end if;
    return null;
end
$$;

create trigger exchange_stage_inserted_tally after insert on exchange_stage
    referencing new table as new_stages for each statement execute function exchange_stage_tally();
create trigger exchange_stage_updated_tally after update on exchange_stage
    referencing old table as old_stages new table as new_stages for each statement execute function exchange_stage_tally();
create trigger exchange_stage_deleted_tally after delete on exchange_stage
    referencing old table as old_stages for each statement execute function exchange_stage_tally();

create function exchange_agreements_inserted_tally() returns trigger language plpgsql as $$
begin
    perform exchange_tally_agreements(1, array(select a::exchange_agreement from new_agreements a));
    return null;
end
$$;

create trigger exchange_agreement_inserted_tally after insert on exchange_agreement
    referencing new table as new_agreements for each statement execute function exchange_agreements_inserted_tally();

-- Updates and deletes of agreements are one at a time (editors); before a delete, while its
-- stages and round are still there.
create function exchange_agreement_tally() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform exchange_tally_agreements(-1, array[old]);
    end if;
    if tg_op = 'UPDATE' then
        perform exchange_tally_agreements(1, array[new]);
        return new;
    end if;
    return old;
end
$$;

create trigger exchange_agreement_changed_tally before update on exchange_agreement for each row
    when ((old.round_id, old.kind, old.side_a_party_id, old.side_b_party_id, old.side_a_count, old.side_b_count)
          is distinct from (new.round_id, new.kind, new.side_a_party_id, new.side_b_party_id, new.side_a_count, new.side_b_count))
    execute function exchange_agreement_tally();
create trigger exchange_agreement_deleted_tally before delete on exchange_agreement for each row
    execute function exchange_agreement_tally();

-- Publishing a round adds its exchanges (after the update, as published); unpublishing or deleting
-- it takes them away (before, while it is still published).
create function round_published_tally() returns trigger language plpgsql as $$
begin
    perform exchange_tally_agreements(1, array(select a from exchange_agreement a where a.round_id = new.id));
    return null;
end
$$;

create function round_withdrawn_tally() returns trigger language plpgsql as $$
begin
    perform exchange_tally_agreements(-1, array(select a from exchange_agreement a where a.round_id = old.id));
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

create trigger round_published_tally after update on round for each row
    when (new.published and not old.published) execute function round_published_tally();
create trigger round_unpublished_tally before update on round for each row
    when (old.published and not new.published) execute function round_withdrawn_tally();
create trigger round_deleted_tally before delete on round for each row
    when (old.published) execute function round_withdrawn_tally();

create function exchange_tally_truncated() returns trigger language plpgsql as $$
begin
    truncate exchange_received_day, exchange_received_month;
    if tg_table_name = 'exchange_stage' then
        update exchange_side_total set received = 0, stages = 0;
    else
        truncate exchange_side_total;
    end if;
    return null;
end
$$;

create trigger exchange_stage_truncated_tally after truncate on exchange_stage
    for each statement execute function exchange_tally_truncated();
create trigger exchange_agreement_truncated_tally after truncate on exchange_agreement
    for each statement execute function exchange_tally_truncated();

-- What is there already.
select exchange_tally_agreements(1, array(select a from exchange_agreement a));
analyze exchange_side_total, exchange_received_day, exchange_received_month;

-- ---------------------------------------------------------------------------------------------
-- The timeline: each kind of entry is read in (date, id) order from where the page starts, for
-- all processes or one, and stops after a page.
drop index exchange_stage_occurred_on_idx;
create index exchange_stage_timeline_idx on exchange_stage (occurred_on, id);
create index round_timeline_idx on round (held_on, id) where published;
create index round_process_timeline_idx on round (process_id, held_on, id) where published;
create index memorandum_timeline_idx on memorandum (delivered_on, id) where delivered_on is not null;
create index memorandum_process_timeline_idx on memorandum (process_id, delivered_on, id) where delivered_on is not null;
create index context_event_timeline_idx on context_event (occurred_on, id);
create index context_event_process_timeline_idx on context_event (process_id, occurred_on, id);

-- Draft rounds are few: what readers may see is everything but what hangs on one of them.
create index round_draft_idx on round (id) where not published;

-- ---------------------------------------------------------------------------------------------
-- The memoranda list, latest delivered first.
create index memorandum_list_idx on memorandum (delivered_on desc nulls last, title, id);

-- ---------------------------------------------------------------------------------------------
-- Party and person pages: a page of each list, newest first, read in order from an index; and how
-- long each list is, counted from the same indexes (they hold the round, to leave out drafts).
drop index statement_party_idx;
create index statement_party_idx on statement (party_id, said_on desc nulls last, id desc) include (round_id);
drop index statement_speaker_idx;
create index statement_speaker_idx on statement (speaker_id, said_on desc nulls last, id desc) include (round_id);
drop index memorandum_author_party_idx;
create index memorandum_author_party_idx on memorandum (author_party_id, delivered_on desc nulls last, title, id)
    include (round_id);
drop index proposal_party_idx;
create index proposal_party_idx on proposal (party_id, round_id);

-- ---------------------------------------------------------------------------------------------
-- Search ranks the most recent matches of each kind: statements read newest first (rounds,
-- memoranda, and through them proposals and clauses, use the indexes above).
create index statement_said_idx on statement (said_on desc nulls last, id desc);

-- ---------------------------------------------------------------------------------------------
-- The rounds list's filter choices: a party is offered when one published round has it (probed
-- through its delegations or roles in round order), a place when a published round is held there.
drop index delegation_party_idx;
create index delegation_party_idx on delegation (party_id, round_id);
drop index third_party_party_idx;
create index third_party_party_idx on third_party (party_id, round_id);
create index round_venue_idx on round (city) where published;
