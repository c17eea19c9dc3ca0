-- The role as an order prints it, when the office words it its own way (seed 001 names the head of
-- a district team under the 2023 notification "ইনোভেশন অফিসার"). Null: the role's usual name.
alter table team_order_member add column role_label_bn text check (length(role_label_bn) between 1 and 200);

-- The letterhead's section line ("আইসিটি শাখা"), so that the next order can start from the last one.
alter table team_order add column section_bn text check (length(section_bn) between 1 and 200);
