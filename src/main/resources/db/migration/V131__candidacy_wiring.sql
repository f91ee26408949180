-- candidacy wired to the election: by-election candidates (Majlis, Experts) can be imported; where each
-- application lies (province, county) for statistics by jurisdiction; imported rows are marked.
alter table candidate_application drop constraint if exists candidate_application_council_type_check;
alter table candidate_application add constraint candidate_application_council_type_check
    check (council_type in ('CITY', 'VILLAGE', 'MAJLIS', 'EXPERTS'));
alter table candidate_list_final drop constraint if exists candidate_list_final_council_type_check;
alter table candidate_list_final add constraint candidate_list_final_council_type_check
    check (council_type in ('CITY', 'VILLAGE', 'MAJLIS', 'EXPERTS'));
alter table candidate_application add column province_id integer;
alter table candidate_application add column county_id bigint;
alter table candidate_application add column origin text not null default 'ONLINE' check (origin in ('ONLINE', 'IMPORT'));
create index candidate_application_province on candidate_application (province_id, status);
create index candidate_application_county on candidate_application (county_id, status);
