-- Issue 18, point 1: "ন্যূনতম ১ জন করে কর্মকর্তা আইসিটি ও পরিকল্পনা অনুবিভাগ/অধিশাখা/শাখা হতে" asks for one
-- officer from ICT and one from planning: two requirements. A post now says which wing it is in.

-- Posts: the yes/no "ICT or planning" flag becomes the wing. A flagged post whose title clearly
-- names planning (পরিকল্পনা, planning; not family planning, not ICT as well) is planning; every
-- other flagged post is ICT, the wing the flag was mostly ticked for (programmers, ICT sections);
-- the office corrects a post on its page.
alter table post add column wing text not null default 'OTHER' check (wing in ('ICT', 'PLANNING', 'OTHER'));
update post set wing = case
        when (replace(title_bn, 'পরিবার পরিকল্পনা', '') like '%পরিকল্পনা%'
              or regexp_replace(coalesce(title_en, ''), 'family planning', '', 'gi') ilike '%planning%')
         and title_bn !~ '(আইসিটি|প্রোগ্রামার|তথ্য ও যোগাযোগ প্রযুক্তি)'
         and coalesce(title_en, '') !~* '(\mict\M|programmer|information)' then 'PLANNING'
        else 'ICT' end
    where ict_or_planning_wing;
alter table post drop column ict_or_planning_wing;

-- Requirements: the condition is the set of wings a member's post may be in (null: any).
-- "ICT or planning" (true) keeps its meaning as {ICT,PLANNING}; "not" (false) is {OTHER}.
alter table notification_requirement add column wings text[] check (wings <@ array['ICT', 'PLANNING', 'OTHER']);
update notification_requirement set wings = case when ict_or_planning_wing then array['ICT', 'PLANNING'] else array['OTHER'] end
    where ict_or_planning_wing is not null;
alter table notification_requirement drop column ict_or_planning_wing;

-- The 2025 notification (seed 000): at ministries/divisions and directorates the one "ICT or
-- planning" requirement becomes one ICT and one planning requirement, in that order, the others
-- after them. Positions are spread out first so the inserted row fits without a clash.
update notification_requirement r set position = r.position * 10 + 1000
    from notification n
    where n.id = r.notification_id and n.memo_number = '০৪.০০.০০০০.৮৩৩.৩৩.০০২.২০.১০০'
      and r.level in ('MINISTRY', 'DIRECTORATE');

insert into notification_requirement (notification_id, level, position, description_bn, description_en, min_count, max_count,
        grades, wings, skills_development, teaching_levels, subjects, of_another_office)
select r.notification_id, r.level, r.position + 1,
       case r.level when 'MINISTRY' then 'পরিকল্পনা অনুবিভাগ/অধিশাখা/শাখা থেকে মনোনীত কর্মকর্তা' else 'পরিকল্পনা সেল থেকে মনোনীত কর্মকর্তা' end,
       case r.level when 'MINISTRY' then 'officer nominated from the planning wing, branch or section' else 'officer nominated from the planning cell' end,
       r.min_count, r.max_count, r.grades, array['PLANNING'], r.skills_development, r.teaching_levels, r.subjects, r.of_another_office
from notification_requirement r join notification n on n.id = r.notification_id
where n.memo_number = '০৪.০০.০০০০.৮৩৩.৩৩.০০২.২০.১০০' and r.level in ('MINISTRY', 'DIRECTORATE')
  and r.wings = array['ICT', 'PLANNING'];

update notification_requirement r set wings = array['ICT'],
        description_bn = case r.level when 'MINISTRY' then 'আইসিটি অনুবিভাগ/অধিশাখা/শাখা থেকে মনোনীত কর্মকর্তা' else 'আইসিটি সেল থেকে মনোনীত কর্মকর্তা' end,
        description_en = case r.level when 'MINISTRY' then 'officer nominated from the ICT wing, branch or section' else 'officer nominated from the ICT cell' end
    from notification n
    where n.id = r.notification_id and n.memo_number = '০৪.০০.০০০০.৮৩৩.৩৩.০০২.২০.১০০'
      and r.level in ('MINISTRY', 'DIRECTORATE') and r.wings = array['ICT', 'PLANNING'];

update notification_requirement r set position = s.rn
    from (select r2.id, row_number() over (partition by r2.notification_id, r2.level order by r2.position) as rn
          from notification_requirement r2 join notification n on n.id = r2.notification_id
          where n.memo_number = '০৪.০০.০০০০.৮৩৩.৩৩.০০২.২০.১০০' and r2.level in ('MINISTRY', 'DIRECTORATE')) s
    where s.id = r.id;

-- Every stored verdict was judged under the old reading: mark them stale, so start-up judges
-- every team again (ComplianceUpdater.stale) before anyone reads the compliance view.
update team_compliance set evaluated_at = '-infinity';
