-- A plan version's approval (issue 14, point 2): approved in a meeting, it cannot be approved before that meeting
-- was held, whoever writes (the approval form says so in Bangla first; this keeps imports and scripts honest).
alter table plan_version add constraint plan_version_approved_after_meeting
    check (approved_on is null or approval_meeting_on is null or approved_on >= approval_meeting_on);
