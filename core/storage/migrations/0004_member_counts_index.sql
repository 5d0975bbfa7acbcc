-- Migration 4: the tree counts the people on the roster by organisation and status at every start
-- (Party members apart from applicants, activists and candidates). A partial index that holds both
-- columns for the members still on the roster answers that from the index alone: at district scale
-- (100,000 members) about a third of the time of reading the rows.
CREATE INDEX member_org_status ON member(org_id, status) WHERE left_on IS NULL;
