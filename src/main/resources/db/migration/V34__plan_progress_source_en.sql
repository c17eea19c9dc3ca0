-- Issue 14, point 3 (progress): the system's proposal is kept with its source in both languages, so
-- an English page shows the source as the Bangla one does (V31 kept only the Bangla words).
alter table plan_progress add column proposed_source_en text check (length(proposed_source_en) <= 500);
