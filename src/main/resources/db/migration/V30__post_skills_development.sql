-- Issue 19, point 6. "দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা" may be a quality of the person (officer.skills_development)
-- or of the post, whose work is developing skills (a technical training centre's principal, a youth development
-- officer): whoever holds such a post counts, so the team's rule stays met across a transfer.
alter table post add column skills_development boolean not null default false;

-- The composition check now counts a member once among the seats the rules name (the programmer of another
-- office is "the programmer", not also one of "the officers of other offices"): every stored verdict was judged
-- under the old count, so start-up judges every team again (ComplianceUpdater.stale) before anyone reads them.
update team_compliance set evaluated_at = '-infinity';
