-- Issue 15 point 7 (seed 004 [২.২.৩]: "দেশে/বিদেশে বাস্তবায়িত ন্যূনতম একটি উদ্ভাবনী উদ্যোগ পরিদর্শনের আলোকে নিজ
-- দপ্তরে লার্নিং সেশন"): the innovation a learning session follows may be one recorded here (initiative_id, any
-- office's) or one the product does not know (abroad, say), named in words. Only a learning session names one.
alter table training add column visited_bn text check (length(visited_bn) between 1 and 500);
alter table training add constraint training_visit_only_learning
    check (kind = 'LEARNING_SESSION' or (initiative_id is null and visited_bn is null));
-- the learning sessions that followed an initiative (its page links them)
create index training_initiative_idx on training (initiative_id) where initiative_id is not null;
