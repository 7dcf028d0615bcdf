-- The reason of each eligibility result in Italian too, written by the same check as the English one (`reason`), so
-- that the Italian pages and API clients asking for Italian read it in their language. Results checked before this
-- version have only the English reason (the pages show it where there is no Italian one).
alter table eligibility_result add column reason_it varchar(2000);
