-- Programme registry (issue 9: an unknown programme is refused). A programme (seed 001, e.g.
-- Järjestö 2.0: STEA-funded, coordinated by SOSTE) groups funded projects; a project may name
-- only a registered programme. Every programme code already stored on a project is registered
-- here with its code as its name, so an existing install keeps its projects and comparisons.
create table programme (
    code         varchar(40)  not null primary key,
    name         varchar(200) not null,
    funder       varchar(200),
    coordinator  text,
    created_at   timestamp    not null
);

insert into programme (code, name, created_at)
select distinct programme_code, programme_code, current_timestamp
  from funded_project
 where programme_code is not null;

alter table funded_project add constraint fk_funded_project_programme
    foreign key (programme_code) references programme (code);
