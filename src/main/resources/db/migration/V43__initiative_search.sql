-- The national search (issue 15, point 4): "the initiatives saving at least N a year, the largest first" is an
-- index range read in order instead of a sort of every measured initiative (SearchBenchmark: 300 ms to a few at
-- 240,000 initiatives). The expressions are NationalSearch's, character for character, with the initiative as
-- the tie-break.
create index initiative_tcv_time_saved_idx on initiative_tcv (((time_before - time_after) * cases_per_year) desc, initiative_id desc);
create index initiative_tcv_cost_saved_idx on initiative_tcv (((cost_before - cost_after) * cases_per_year) desc, initiative_id desc);
create index initiative_tcv_visits_saved_idx on initiative_tcv (((visits_before - visits_after)::bigint * cases_per_year) desc, initiative_id desc);
