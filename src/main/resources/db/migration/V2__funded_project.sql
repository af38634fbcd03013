-- Funded projects (CONTRACT.md "Activity events"): funded elsewhere (e.g. by STEA, seed 004)
-- or created from a granted application, whose application number is then the code.
create table funded_project (
    project_code        varchar(60)  not null primary key,
    name                varchar(200) not null,
    organization_name   varchar(200) not null,
    business_id         varchar(9),
    programme_code      varchar(40),
    application_number  varchar(60),
    created_at          timestamp    not null,
    updated_at          timestamp    not null
);
create index ix_funded_project_business_id on funded_project (business_id);
create index ix_funded_project_programme on funded_project (programme_code);
