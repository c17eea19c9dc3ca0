-- Issue 17, point 4 (the modules' side): every file's bytes go to storage's FileStore (V61 stored_file), the
-- owner keeps the file's id beside its name and type. New files are written there only; the bytes already in
-- these columns stay readable (a reader takes them while the row's file id is null) until storage's mover takes
-- them out: for each row it stores the bytes and, in one statement, sets the file id and clears the bytes
-- (each module declares its columns as storage.DatabaseBytes). Every row keeps its bytes in one place or the
-- other, never none. A file belongs to one row (unique), which also indexes the references for the sweep.

alter table issued_paper
    add column pdf_file_id  bigint unique references stored_file (id),
    add column docx_file_id bigint unique references stored_file (id),
    alter column pdf drop not null,
    alter column docx drop not null,
    add constraint issued_paper_pdf_kept check (pdf is not null or pdf_file_id is not null),
    add constraint issued_paper_docx_kept check (docx is not null or docx_file_id is not null);

alter table meeting_attachment
    add column file_id bigint unique references stored_file (id),
    alter column bytes drop not null,
    add constraint meeting_attachment_bytes_kept check (bytes is not null or file_id is not null);

alter table decision_evidence
    add column file_id bigint unique references stored_file (id),
    alter column bytes drop not null,
    add constraint decision_evidence_bytes_kept check (bytes is not null or file_id is not null);

alter table plan_evidence
    add column file_id bigint unique references stored_file (id),
    alter column bytes drop not null,
    add constraint plan_evidence_bytes_kept check (bytes is not null or file_id is not null);

alter table initiative_evidence
    add column file_id bigint unique references stored_file (id),
    alter column bytes drop not null,
    add constraint initiative_evidence_bytes_kept check (bytes is not null or file_id is not null);

alter table initiative_visit_evidence
    add column file_id bigint unique references stored_file (id),
    alter column bytes drop not null,
    add constraint initiative_visit_evidence_bytes_kept check (bytes is not null or file_id is not null);

alter table training_evidence
    add column file_id bigint unique references stored_file (id),
    alter column bytes drop not null,
    add constraint training_evidence_bytes_kept check (bytes is not null or file_id is not null);
