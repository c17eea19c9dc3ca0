-- Issue 17, point 4: the rows whose file bytes are still in the database, for the mover that takes them out
-- (storage.DatabaseBytes). It counts and walks them at every start: with these partial indexes that is a look at an
-- empty index once everything is moved, not a scan of millions of rows per column.
create index issued_paper_pdf_to_move on issued_paper (id) where pdf is not null and pdf_file_id is null;
create index issued_paper_docx_to_move on issued_paper (id) where docx is not null and docx_file_id is null;
create index meeting_attachment_to_move on meeting_attachment (id) where bytes is not null and file_id is null;
create index decision_evidence_to_move on decision_evidence (id) where bytes is not null and file_id is null;
create index plan_evidence_to_move on plan_evidence (id) where bytes is not null and file_id is null;
create index initiative_evidence_to_move on initiative_evidence (id) where bytes is not null and file_id is null;
create index initiative_visit_evidence_to_move on initiative_visit_evidence (id) where bytes is not null and file_id is null;
create index training_evidence_to_move on training_evidence (id) where bytes is not null and file_id is null;
