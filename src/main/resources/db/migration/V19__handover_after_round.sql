-- A handover is carried out under an agreement already made: it is not dated before the round
-- where its agreement was made (issue 14.1). The rule is said once, here; the editors' forms
-- show its refusal beside the field (the constraint names below), and the import asks it of the
-- file's handovers before writing (ExchangeAgreementRepository).

-- Whether a handover reported on this date, in this precision, surely happened before the day:
-- a day before it; a month (stored as its first day) wholly before it, so a handover reported as
-- "June 2025" may follow a round held on 2 June 2025; an approximate date never.
create function handover_precedes_day(occurred_on date, occurred_on_precision varchar, day date) returns boolean
    language sql immutable strict as $$
    select case occurred_on_precision
        when 'DAY' then occurred_on < day
        when 'MONTH' then (date_trunc('month', occurred_on) + interval '1 month')::date <= day
        else false
    end
$$;

-- Checked at commit (deferred), on the rows as they are then: an import may move a round and its
-- handovers to other dates in one transaction, in whatever order it writes them. Each trigger
-- refuses under its own name, which the forms map to the field concerned: the handover's date,
-- the round's date, or the agreement's round.
create function handovers_follow_their_round() returns trigger language plpgsql as $$
declare
    early record;
begin
    if TG_TABLE_NAME = 'exchange_stage' then
        select r.slug as round, r.held_on, a.slug as agreement, s.sequence, s.occurred_on, s.occurred_on_precision
        into early
        from exchange_stage s join exchange_agreement a on a.id = s.agreement_id join round r on r.id = a.round_id
        where s.id = NEW.id and handover_precedes_day(s.occurred_on, s.occurred_on_precision, r.held_on);
    elsif TG_TABLE_NAME = 'exchange_agreement' then
        select r.slug as round, r.held_on, a.slug as agreement, s.sequence, s.occurred_on, s.occurred_on_precision
        into early
        from exchange_stage s join exchange_agreement a on a.id = s.agreement_id join round r on r.id = a.round_id
        where a.id = NEW.id and handover_precedes_day(s.occurred_on, s.occurred_on_precision, r.held_on)
        order by s.sequence limit 1;
    else
        select r.slug as round, r.held_on, a.slug as agreement, s.sequence, s.occurred_on, s.occurred_on_precision
        into early
        from exchange_stage s join exchange_agreement a on a.id = s.agreement_id join round r on r.id = a.round_id
        where r.id = NEW.id and handover_precedes_day(s.occurred_on, s.occurred_on_precision, r.held_on)
        order by a.slug, s.sequence limit 1;
    end if;
    if found then
        raise exception using errcode = 'check_violation', constraint = TG_NAME,
            message = format('new row for relation "%s" violates check constraint "%s"', TG_TABLE_NAME, TG_NAME),
            detail = format('A handover is not dated before the round where its agreement was made: stage %s of '
                            'exchange %s (%s, %s) is before round %s (%s).', early.sequence, early.agreement,
                            early.occurred_on, lower(early.occurred_on_precision), early.round, early.held_on);
    end if;
    return null;
end
$$;

create constraint trigger exchange_stage_not_before_agreement_round
    after insert or update of occurred_on, occurred_on_precision, agreement_id on exchange_stage
    deferrable initially deferred for each row execute function handovers_follow_their_round();
create constraint trigger round_not_after_its_handovers after update of held_on on round
    deferrable initially deferred for each row execute function handovers_follow_their_round();
create constraint trigger exchange_agreement_round_not_after_its_handovers after update of round_id on exchange_agreement
    deferrable initially deferred for each row execute function handovers_follow_their_round();

-- What is stored already keeps the rule too: an upgrade over a handover dated before its round
-- stops here, naming it, to be corrected first.
do $$
declare
    early record;
begin
    for early in
        select r.slug as round, r.held_on, a.slug as agreement, s.sequence, s.occurred_on
        from exchange_stage s
        join exchange_agreement a on a.id = s.agreement_id
        join round r on r.id = a.round_id
        where handover_precedes_day(s.occurred_on, s.occurred_on_precision, r.held_on)
        order by r.slug, a.slug, s.sequence
        limit 1
    loop
        raise exception 'Stage % of exchange % (%) is dated before round % (%): correct it, then upgrade again',
            early.sequence, early.agreement, early.occurred_on, early.round, early.held_on;
    end loop;
end
$$;
