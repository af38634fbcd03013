-- Grant calls (haku) of the partnership model (DOMAIN.md §2, §4, §5). Camunda keeps its own
-- schema; these are the project's records, keyed by the process business key.
create table grant_call (
    call_key              varchar(40)    not null primary key,
    name                  varchar(200)   not null,
    grant_type            varchar(30)    not null,
    appropriation         numeric(14, 2) not null,
    application_start     date           not null,
    application_deadline  date           not null,
    description           varchar(4000),
    status                varchar(20)    not null,
    process_instance_id   varchar(64),
    created_by            varchar(64),
    created_at            timestamp      not null,
    published_at          timestamp,
    closed_at             timestamp,
    constraint ck_grant_call_type check (grant_type in ('OPERATING_INNOVATION', 'PARTNERSHIP')),
    constraint ck_grant_call_appropriation check (appropriation > 0),
    constraint ck_grant_call_period check (application_deadline >= application_start)
);

-- Scoring criteria and their weights per call (DOMAIN.md §4); weights of a call sum to 100.
create table grant_call_criterion (
    call_key   varchar(40) not null references grant_call (call_key),
    criterion  varchar(40) not null,
    weight     integer     not null,
    primary key (call_key, criterion),
    constraint ck_criterion_weight check (weight between 0 and 100)
);
