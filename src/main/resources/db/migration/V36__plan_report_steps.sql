-- Issue 14, points 3 and 10 (plan-submit): a returned report always says why, so the office knows what to correct.
alter table plan_report_step add constraint plan_report_step_return_says_why
    check (action <> 'RETURN' or length(btrim(comment_bn)) > 0);

-- The year of a deadline's month and day is the first one after the quarter ends (bd.udbhabon.plan.ReportDeadline):
-- Q1 (to 30 September) on 15 October, Q4 (to 30 June) on 15 July after it, the review on the first such day from
-- the report's. This replaces the rule V31's comment gave, which put Q4's 15 July before the quarter ended.
comment on table plan_deadline is
    'APA calendar: each month/day falls on its first occurrence after the quarter ends (review: on or after the report''s due day); a fiscal_year row overrides the default (null) row';

-- Who took a step, by name as it was then (the history shows it; accounts belong to identity, whose tables plan does not read).
alter table plan_report_step add column account_name_bn text check (length(account_name_bn) <= 300);
