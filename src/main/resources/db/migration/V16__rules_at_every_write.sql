-- The rules publishing checks hold at every write (issue 14.1): what SQL can say on one row is
-- said here, so no editor, import or script can store what a reader would then be shown.

-- A handover is not announced before it happened, and a side that withheld its figures of what it
-- received has none stored.
alter table exchange_stage
    add constraint exchange_stage_announced_not_before_handover check (announced_on is null or announced_on >= occurred_on),
    add constraint exchange_stage_side_a_withheld_has_no_figures
        check (not side_a_withheld or (side_a_received_per_a is null and side_a_received_per_b is null)),
    add constraint exchange_stage_side_b_withheld_has_no_figures
        check (not side_b_withheld or (side_b_received_per_a is null and side_b_received_per_b is null));
