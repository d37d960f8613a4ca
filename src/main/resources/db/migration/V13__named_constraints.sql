-- Every check and unique constraint is named after the rule it keeps. PostgreSQL had named them
-- (round_check, round_check1, round_process_id_number_key): numbered in the order the checks were
-- written, so a message tied to such a name would follow whichever check came first. Messages
-- (constraint.<name>) and the admin forms refer to these names only; ConstraintNamesTests fails on a
-- generated one. Primary and foreign keys keep PostgreSQL's names (table and columns, never numbered).
-- Renaming a unique constraint renames its index too.

alter table source rename constraint source_slug_key to source_slug_unique;
alter table source rename constraint source_kind_check to source_kind_known;
alter table source rename constraint source_url_check to source_url_is_web_address;

alter table party rename constraint party_slug_key to party_slug_unique;
alter table party rename constraint party_kind_check to party_kind_known;

alter table person rename constraint person_slug_key to person_slug_unique;

alter table process rename constraint process_slug_key to process_slug_unique;

alter table round rename constraint round_slug_key to round_slug_unique;
alter table round rename constraint round_process_id_number_key to round_number_unique_in_process;
alter table round rename constraint round_number_check to round_number_positive;
alter table round rename constraint round_status_check to round_status_known;
alter table round rename constraint round_duration_minutes_check to round_duration_positive;
alter table round rename constraint round_duration_precision_check to round_duration_precision_known;
alter table round rename constraint round_check to round_ends_after_start;
alter table round rename constraint round_check1 to round_duration_needs_precision;

alter table delegation rename constraint delegation_round_id_party_id_key to delegation_one_per_party_and_round;

alter table delegation_member rename constraint delegation_member_delegation_id_person_id_key
    to delegation_member_once_per_delegation;
alter table delegation_member rename constraint delegation_member_role_check to delegation_member_role_known;
alter table delegation_member rename constraint delegation_member_position_check to delegation_member_position_not_negative;
alter index delegation_one_head_idx rename to delegation_at_most_one_head;

alter table third_party rename constraint third_party_round_id_party_id_role_key to third_party_role_once_per_round;
alter table third_party rename constraint third_party_role_check to third_party_role_known;

alter table proposal rename constraint proposal_round_id_slug_key to proposal_slug_unique_in_round;
alter table proposal rename constraint proposal_category_check to proposal_category_known;
alter table proposal rename constraint proposal_status_check to proposal_status_known;
alter table proposal rename constraint proposal_position_check to proposal_position_not_negative;

alter table exchange_agreement rename constraint exchange_agreement_round_id_slug_key
    to exchange_agreement_slug_unique_in_round;
alter table exchange_agreement rename constraint exchange_agreement_kind_check to exchange_agreement_kind_known;
alter table exchange_agreement rename constraint exchange_agreement_side_a_count_check
    to exchange_agreement_side_a_count_not_negative;
alter table exchange_agreement rename constraint exchange_agreement_side_b_count_check
    to exchange_agreement_side_b_count_not_negative;
alter table exchange_agreement rename constraint exchange_agreement_position_check
    to exchange_agreement_position_not_negative;
alter table exchange_agreement rename constraint exchange_agreement_check to exchange_sides_differ;
alter table exchange_agreement rename constraint exchange_agreement_check1 to exchange_all_for_all_has_no_counts;

alter table exchange_stage rename constraint exchange_stage_agreement_id_sequence_key
    to exchange_stage_sequence_unique_in_agreement;
alter table exchange_stage rename constraint exchange_stage_sequence_check to exchange_stage_sequence_positive;
alter table exchange_stage rename constraint exchange_stage_occurred_on_precision_check
    to exchange_stage_occurred_precision_known;
alter table exchange_stage rename constraint exchange_stage_side_a_received_per_a_check
    to exchange_stage_side_a_received_per_a_not_negative;
alter table exchange_stage rename constraint exchange_stage_side_a_received_per_b_check
    to exchange_stage_side_a_received_per_b_not_negative;
alter table exchange_stage rename constraint exchange_stage_side_b_received_per_a_check
    to exchange_stage_side_b_received_per_a_not_negative;
alter table exchange_stage rename constraint exchange_stage_side_b_received_per_b_check
    to exchange_stage_side_b_received_per_b_not_negative;

alter table memorandum rename constraint memorandum_slug_key to memorandum_slug_unique;
alter table memorandum rename constraint memorandum_delivered_on_precision_check to memorandum_delivered_precision_known;
alter table memorandum rename constraint memorandum_check to memorandum_delivery_date_needs_precision;
alter table memorandum rename constraint memorandum_check1 to memorandum_published_not_before_delivery;

alter table clause rename constraint clause_memorandum_id_number_key to clause_number_unique_in_memorandum;
alter table clause rename constraint clause_number_check to clause_number_positive;
alter table clause rename constraint clause_topic_check to clause_topic_known;

alter table statement rename constraint statement_process_id_slug_key to statement_slug_unique_in_process;
alter table statement rename constraint statement_said_on_precision_check to statement_said_precision_known;
alter table statement rename constraint statement_check to statement_date_needs_precision;
alter table statement rename constraint statement_check1 to statement_not_disputing_itself;

alter table context_event rename constraint context_event_process_id_slug_key to context_event_slug_unique_in_process;
alter table context_event rename constraint context_event_occurred_on_precision_check
    to context_event_occurred_precision_known;
alter table context_event rename constraint context_event_check to context_event_announced_not_before_occurring;

alter table citation rename constraint citation_check to citation_cites_one_fact;
alter table citation rename constraint citation_position_check to citation_position_not_negative;

alter table account rename constraint account_username_key to account_username_unique;
alter table account rename constraint account_username_check to account_username_well_formed;
alter table account rename constraint account_role_check to account_role_known;

alter table login_failure rename constraint login_failure_failures_check to login_failure_failures_positive;

alter table exchange_received_day rename constraint exchange_received_day_handover_group_check
    to exchange_received_day_group_known;
alter table exchange_received_month rename constraint exchange_received_month_handover_group_check
    to exchange_received_month_group_known;

alter table data_version rename constraint data_version_only_row_check to data_version_one_row;
