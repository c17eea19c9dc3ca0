-- The fax number an office prints under its signatures (seed 003: "০২৫৮৮৮৫৭৫২৯ (ফ্যাক্স)"), beside
-- the e-mail address office already has. Digits are kept in Latin, printed in Bangla.
alter table office add column fax text check (length(fax) <= 40);
