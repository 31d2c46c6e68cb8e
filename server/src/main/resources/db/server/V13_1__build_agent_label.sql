-- A queued build waiting for a remote agent (issue 9): the label expression of its pipeline's agent. Only a server
-- with a connected agent that matches (and has a free executor) claims it; NULL for every other build.
ALTER TABLE builds ADD COLUMN agent_label VARCHAR(1000);
