-- The language a round's text is written in (V38) is shown only on the round's own page and its
-- downloads, like the text itself: changing it names the round's topic alone (V24), not every page.
create or replace function record_round_change() returns trigger language plpgsql as $$
declare
    topics text[] := array[]::text[];
    own_only constant text[] := array['summary', 'outcome', 'next_steps', 'summary_language', 'outcome_language',
                                      'next_steps_language', 'updated_at', 'version'];
begin
    if tg_op in ('INSERT', 'DELETE') then
        topics := array['all'];
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        topics := topics || array(select 'round:' || n.slug from new_rows n);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        topics := topics || array(select 'round:' || o.slug from old_rows o);
    end if;
    if tg_op = 'UPDATE' then
        if exists (select from old_rows o join new_rows n on n.id = o.id
                   where (to_jsonb(o) - own_only) is distinct from (to_jsonb(n) - own_only)) then
            topics := topics || array['all'];
        end if;
    end if;
    perform record_data_change(topics);
    return null;
end
$$;
