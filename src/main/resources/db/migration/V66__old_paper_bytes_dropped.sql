-- Issue 17, point 4: the paper bytes the team order, the meeting's notice and the minutes held before V22
-- (team_order.pdf/docx from V7, meeting.notice_pdf/notice_docx from V9, minutes.pdf/docx from V11). V22 copied
-- every one of them into issued_paper and pointed the record at its copy; since then nothing reads or writes
-- them (every paper is issued and read through paper.OfficialPapers). They are copies, so they are dropped
-- rather than moved out a second time; first checked: a row whose bytes are not its paper's, byte for byte,
-- stops the migration (nothing is dropped) instead of losing them.
do $$
declare
    strays bigint;
begin
    select count(*) into strays from (
        select 1 from team_order o left join issued_paper p on p.id = o.paper_id
         where (o.pdf is not null or o.docx is not null)
           and (p.id is null or (p.pdf_file_id is null and p.pdf is distinct from o.pdf)
                             or (p.docx_file_id is null and p.docx is distinct from o.docx))
        union all
        select 1 from meeting m left join issued_paper p on p.id = m.notice_paper_id
         where (m.notice_pdf is not null or m.notice_docx is not null)
           and (p.id is null or (p.pdf_file_id is null and p.pdf is distinct from m.notice_pdf)
                             or (p.docx_file_id is null and p.docx is distinct from m.notice_docx))
        union all
        select 1 from minutes m left join issued_paper p on p.id = m.paper_id
         where (m.pdf is not null or m.docx is not null)
           and (p.id is null or (p.pdf_file_id is null and p.pdf is distinct from m.pdf)
                             or (p.docx_file_id is null and p.docx is distinct from m.docx))) s;
    if strays > 0 then
        raise exception 'V66: % team order, notice or minutes row(s) hold paper bytes that issued_paper does not; '
                        'nothing was dropped (copy them into issued_paper first)', strays;
    end if;
end
$$;

-- V22's checks accepted the paper or the old bytes; now the paper only.
alter table team_order drop constraint team_order_issued_complete;
alter table meeting drop constraint meeting_notice_complete;
alter table minutes drop constraint minutes_issued_complete;

alter table team_order drop column pdf, drop column docx;
alter table meeting drop column notice_pdf, drop column notice_docx;
alter table minutes drop column pdf, drop column docx;

alter table team_order add constraint team_order_issued_complete
    check (status = 'DRAFT' or (memo_number is not null and issued_on is not null and signatory_name_bn is not null
                                and paper_id is not null));
alter table meeting add constraint meeting_notice_complete
    check (notice_memo_number is null or (notice_issued_on is not null and notice_paper_id is not null));
alter table minutes add constraint minutes_issued_complete
    check (status <> 'ISSUED' or (memo_number is not null and issued_on is not null and paper_id is not null));
