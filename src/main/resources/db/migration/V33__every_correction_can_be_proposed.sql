-- The two-person rule: every change of a published round can be proposed for a second
-- editor's approval, not only the edit forms of a round and a proposal. A proposed
-- correction names its kind of change; a record's keys (target), the form's values and the
-- version it was filled in from are kept when the change has them: a new record has no
-- version, a deletion no form, and a new memorandum or statement is named by its form alone.
alter table approval_request drop constraint approval_request_correction_has_a_form;
alter table approval_request add constraint approval_request_correction_names_its_change
    check (kind = 'PUBLICATION' or form_kind is not null);
