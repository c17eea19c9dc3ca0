-- One store for every official paper issued with a memo number (issue 13, point 1): office orders
-- on teams, meeting notices, minutes, and next the plans and reports. The paper module
-- (bd.udbhabon.paper.OfficialPapers) is the only reader and writer; issue 17 may move the bytes out
-- of the database behind it. The papers issued before V22 are copied here from the tables that held
-- them, and each of those tables points at its paper; their old bytea columns are kept for now and
-- dropped by a later migration once nothing reads them.

create table issued_paper (
    id                       bigint generated always as identity primary key,
    office_id                bigint not null references office (id),        -- the issuing office (the memo file's)
    memo_file_id             bigint not null references memo_file (id),
    memo_number              text not null unique references issued_memo (memo_number),
    issued_on                date not null,
    subject                  text not null check (length(subject) between 1 and 200),  -- 'team-order:12', 'minutes:7'
    signatory_name_bn        text,          -- null only for notices issued before V22 (kept as one text on the meeting)
    signatory_designation_bn text,
    signatory_phone          text,
    signatory_email          text,
    pdf                      bytea not null,
    docx                     bytea not null,
    issued_by                bigint,        -- account id; null when issued by the system or before V22 for notices and minutes
    created_at               timestamptz not null default now()
);
create index issued_paper_office_idx on issued_paper (office_id, issued_on desc);

-- The papers issued so far, each under its memo number, at the time that number was taken.
insert into issued_paper (office_id, memo_file_id, memo_number, issued_on, subject, signatory_name_bn, signatory_designation_bn,
                          signatory_phone, signatory_email, pdf, docx, issued_by, created_at)
select f.office_id, f.id, o.memo_number, o.issued_on, 'team-order:' || o.id, o.signatory_name_bn, o.signatory_designation_bn,
       o.signatory_phone, o.signatory_email, o.pdf, o.docx, o.issued_by, m.issued_at
from team_order o join issued_memo m on m.memo_number = o.memo_number join memo_file f on f.id = m.file_id
where o.status = 'ISSUED' and o.pdf is not null and o.docx is not null
order by m.issued_at, o.id;

insert into issued_paper (office_id, memo_file_id, memo_number, issued_on, subject, pdf, docx, created_at)
select f.office_id, f.id, mt.notice_memo_number, mt.notice_issued_on, 'meeting-notice:' || mt.id, mt.notice_pdf, mt.notice_docx,
       m.issued_at
from meeting mt join issued_memo m on m.memo_number = mt.notice_memo_number join memo_file f on f.id = m.file_id
where mt.notice_pdf is not null and mt.notice_docx is not null
order by m.issued_at, mt.id;

-- Every issued version of the minutes has its own memo number and paper: a correction is a new version
-- with a new number that supersedes the earlier one, and both papers are kept.
insert into issued_paper (office_id, memo_file_id, memo_number, issued_on, subject, signatory_name_bn, signatory_designation_bn,
                          signatory_phone, signatory_email, pdf, docx, created_at)
select f.office_id, f.id, mi.memo_number, mi.issued_on, 'minutes:' || mi.id, mi.signatory_name_bn, mi.signatory_designation_bn,
       mi.signatory_phone, mi.signatory_email, mi.pdf, mi.docx, m.issued_at
from minutes mi join issued_memo m on m.memo_number = mi.memo_number join memo_file f on f.id = m.file_id
where mi.status = 'ISSUED' and mi.pdf is not null and mi.docx is not null
order by m.issued_at, mi.id;

alter table team_order add column paper_id bigint unique references issued_paper (id);
alter table meeting add column notice_paper_id bigint unique references issued_paper (id);
alter table minutes add column paper_id bigint unique references issued_paper (id);

-- An issued order is final (V7's trigger); pointing it at its copied paper changes nothing it says.
alter table team_order disable trigger team_order_final;
update team_order o set paper_id = p.id from issued_paper p where p.subject = 'team-order:' || o.id;
alter table team_order enable trigger team_order_final;
update meeting mt set notice_paper_id = p.id from issued_paper p where p.subject = 'meeting-notice:' || mt.id;
update minutes mi set paper_id = p.id from issued_paper p where p.subject = 'minutes:' || mi.id;

-- An issued paper is now either in issued_paper or (until every writer moves) in the old columns.
do $$
declare
    c record;
begin
    for c in select conrelid::regclass as tab, conname from pg_constraint
             where contype = 'c' and conrelid in ('team_order'::regclass, 'meeting'::regclass, 'minutes'::regclass)
               and pg_get_constraintdef(oid) ~ '\m(pdf|notice_pdf)\M'
    loop
        execute format('alter table %s drop constraint %I', c.tab, c.conname);
    end loop;
end
$$;
alter table team_order add constraint team_order_issued_complete
    check (status = 'DRAFT' or (memo_number is not null and issued_on is not null and signatory_name_bn is not null
                                and (paper_id is not null or (pdf is not null and docx is not null))));
alter table meeting add constraint meeting_notice_complete
    check (notice_memo_number is null or (notice_issued_on is not null
                                          and (notice_paper_id is not null or (notice_pdf is not null and notice_docx is not null))));
alter table minutes add constraint minutes_issued_complete
    check (status <> 'ISSUED' or (memo_number is not null and issued_on is not null
                                  and (paper_id is not null or (pdf is not null and docx is not null))));
