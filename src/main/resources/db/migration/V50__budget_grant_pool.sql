-- DOMAIN.md §5 (c): the operating and innovation grant pool of a budget year, a figure the
-- managers set (PUT /api/budget/{year}/pool). Parts (a) and (b) are computed from decisions,
-- agreements and letters of intent, so they are not stored.
create table budget_grant_pool (
    budget_year  integer        not null primary key,
    amount       numeric(14, 2) not null,
    note         varchar(1000),
    updated_by   varchar(64),
    updated_at   timestamp      not null,
    constraint ck_grant_pool_amount check (amount >= 0),
    constraint ck_grant_pool_year check (budget_year between 2000 and 2100)
);
