-- Activity taxonomy of NGO health-and-wellbeing promotion (DOMAIN.md §9, seed 003): five
-- headings, terms under them, each with its public partner. Reference data that
-- administrators edit; the initial content is loaded by V32 from
-- src/main/resources/taxonomy/hyte-activity-taxonomy.json.
create table taxonomy_heading (
    code      varchar(40)  not null primary key,
    position  integer      not null,
    name_fi   varchar(200) not null,
    name_en   varchar(200)
);

create table taxonomy_term (
    code          varchar(40)   not null primary key,
    heading_code  varchar(40)   not null references taxonomy_heading (code),
    position      integer       not null,
    name_fi       varchar(200)  not null,
    name_en       varchar(200),
    description   varchar(2000),
    partner       varchar(20)   not null,
    active        boolean       not null,
    updated_at    timestamp     not null,
    updated_by    varchar(64),
    constraint ck_taxonomy_term_partner check (partner in ('MUNICIPALITY', 'WELLBEING_COUNTY', 'BOTH'))
);

alter table activity_event add constraint fk_activity_event_term
    foreign key (term_code) references taxonomy_term (code);
