-- Change applications (muutoshakemus, issue 13): an organisation asks to change a signed
-- agreement; change number = <application number>-M<k>, also the business key of grant-change.
create table grant_change (
    change_number        varchar(70)    not null primary key,
    application_number   varchar(60)    not null references grant_agreement (application_number),
    seq                  integer        not null,
    kind                 varchar(30)    not null,
    reason               varchar(4000)  not null,
    content_description  varchar(4000),
    current_end_date     date           not null,
    new_end_date         date,
    approved_end_date    date,
    status               varchar(20)    not null,
    submitted_by         varchar(64)    not null,
    submitted_at         timestamp      not null,
    assessed_by          varchar(64),
    recommendation       varchar(20),
    assessment           varchar(4000),
    decided_by           varchar(64),
    decision_reason      varchar(4000),
    decided_at           timestamp,
    applied_at           timestamp,
    process_instance_id  varchar(64),
    constraint uq_grant_change_seq unique (application_number, seq),
    constraint ck_grant_change_kind check (kind in ('PERIOD_EXTENSION', 'BUDGET_REALLOCATION', 'CONTENT_CHANGE')),
    constraint ck_grant_change_status check (status in ('SUBMITTED', 'ACCEPTED', 'REFUSED'))
);

-- The budget lines a reallocation asks for (their sum never above the grant, E9).
create table grant_change_budget_line (
    change_number  varchar(70)    not null references grant_change (change_number),
    line_no        integer        not null,
    name           varchar(200)   not null,
    amount         numeric(14, 2) not null,
    primary key (change_number, line_no)
);

-- The agreement's current budget lines (empty until an accepted reallocation sets them).
create table agreement_budget_line (
    application_number  varchar(60)    not null references grant_agreement (application_number),
    line_no             integer        not null,
    name                varchar(200)   not null,
    amount              numeric(14, 2) not null,
    primary key (application_number, line_no)
);
