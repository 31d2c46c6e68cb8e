-- Set when the build's pipeline says disableConcurrentBuilds(): the dispatcher then starts it only
-- while no other build of its job runs.
ALTER TABLE builds ADD COLUMN exclusive BOOLEAN DEFAULT FALSE NOT NULL;
