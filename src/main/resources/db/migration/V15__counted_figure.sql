-- One home for the rule "where the sides' reports of a stage differ, the lower figure counts"
-- (issue 20). The tallies and the API call this function; the pages read what it gave for each
-- stage, kept in the stage's row (ExchangeStage, StageRow). No other code compares the reports.

-- The figure to count of what one side received in a stage, given as each side reported it: the
-- lower of two reports, the one report where only one side gave a figure, null where neither did.
-- (least() ignores nulls.) Immutable and written in SQL, so the planner inlines it.
create function counted_figure(per_side_a integer, per_side_b integer) returns integer
    language sql immutable parallel safe as $$
    select least(per_side_a, per_side_b)
$$;

-- Each stage's counted figures, as the database keeps them: Hibernate reads them back as it writes
-- a stage, so a stage just written shows its counted figures too.
alter table exchange_stage
    add column side_a_counted integer generated always as (counted_figure(side_a_received_per_a, side_a_received_per_b)) stored,
    add column side_b_counted integer generated always as (counted_figure(side_b_received_per_a, side_b_received_per_b)) stored;

-- The tallies of V10, counting through counted_figure; otherwise as they were.
create or replace function exchange_tally_stages(sign integer, stages exchange_stage[], agreements exchange_agreement[])
    returns void language sql set enable_nestloop = off as $$
    with side as (
        select side.party_id, a.kind, case when a.kind = 'BODIES' then 'BODIES' else 'PEOPLE' end as handover_group,
               s.occurred_on, s.occurred_on_precision as precision, side.received
        from unnest(stages) s
        join unnest(agreements) a on a.id = s.agreement_id
        join round r on r.id = a.round_id and r.published
        cross join lateral (values
            (a.side_a_party_id, coalesce(counted_figure(s.side_a_received_per_a, s.side_a_received_per_b), 0)),
            (a.side_b_party_id, coalesce(counted_figure(s.side_b_received_per_a, s.side_b_received_per_b), 0))
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
