-- The checklist as the Cabinet Division asked it from fiscal year 2023-24 (seed 003 items 3, 5, 6 and 8: the
-- innovation corner sub-menu with the running innovation projects, the action plan and the minutes uploaded;
-- duties ১১-১২ of the 2025 notification: the site kept current, the digital-service list and the citizen
-- charter in sight). Policy data: the Cabinet Division adds and retires items through /portal-checklist.
insert into portal_item (name_bn, name_en, position, from_year) values
    ('ওয়েব পোর্টালে "ইনোভেশন কর্নার" সাব-মেন্যু', 'The "Innovation corner" sub-menu on the web portal', 1, 2023),
    ('ইনোভেশন টিম গঠনের অফিস আদেশ', 'The office order forming the innovation team', 2, 2023),
    ('বার্ষিক ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা', 'The annual e-governance and innovation action plan', 3, 2023),
    ('ইনোভেশন টিমের সভার কার্যবিবরণী', 'The minutes of the innovation team''s meetings', 4, 2023),
    ('চলমান উদ্ভাবনী প্রকল্পের তালিকা', 'The list of running innovation projects', 5, 2023),
    ('সেবা প্রদান প্রতিশ্রুতি (সিটিজেন চার্টার)', 'The citizen charter', 6, 2023),
    ('ডিজিটাল সেবার তালিকা (সেবার লিংক ও সেবা গ্রহণের ধাপসহ)', 'The digital-service list (with each service''s link and steps)', 7, 2023),
    ('দপ্তরের হালনাগাদ তথ্য (কর্মকর্তা-কর্মচারী ও যোগাযোগ)', 'The office''s information kept current (officers and contacts)', 8, 2023);
