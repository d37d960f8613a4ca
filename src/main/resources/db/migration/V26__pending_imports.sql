-- A data file an editor has dry-run, kept for a while so that the import can be confirmed
-- without choosing the file again (issue 16.5). Kept in the database, not on one instance's disk,
-- so that the confirmation may reach any instance; only the editor who uploaded it may confirm
-- it, and it is dropped once imported or after an hour.
create table pending_import (
    token       varchar(64)  primary key,
    account     varchar(100) not null,
    file_name   varchar(255) not null,
    content     bytea        not null,
    uploaded_at timestamptz  not null,
    constraint pending_import_token_format check (token ~ '^[A-Za-z0-9_-]{20,64}$'),
    constraint pending_import_file_name_not_blank check (file_name ~ '\S')
);
create index pending_import_uploaded_at on pending_import (uploaded_at);
