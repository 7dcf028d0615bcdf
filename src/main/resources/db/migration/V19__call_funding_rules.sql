-- Issue 14: the rules of a call that the ranking and the funding decisions apply (call parameters, defaults from
-- shared/domain.md). The existing tie_break_criterion, partial_funding_allowed, reserve_list_validity_months and
-- cluster_joining_term_days (V1) keep their meaning.
alter table grant_call
    -- the least share of its full grant that a partially funded project may be offered (percent, 1..100)
    add column partial_funding_min_share          numeric(5, 2) not null default 50,
    -- a line's budget left when its every fundable proposal is funded moves to the other line
    add column remainder_to_other_line            boolean       not null default false,
    -- days the beneficiary has to accept the funding decision
    add column grant_acceptance_term_days         integer       not null default 30,
    -- days for observations after a notice before revocation (Law 241/1990 art. 10-bis)
    add column revocation_observations_term_days  integer       not null default 10;

alter table grant_call
    add constraint grant_call_partial_share check (partial_funding_min_share > 0 and partial_funding_min_share <= 100),
    add constraint grant_call_acceptance_term check (grant_acceptance_term_days between 1 and 365),
    add constraint grant_call_revocation_term check (revocation_observations_term_days between 1 and 90);
