-- Issue #4 (triggers): what a build checks out and the SCM variables of its environment, and the end
-- of its quiet period. source_ref is the Git ref (refs/heads/main, refs/tags/v1, refs/pull/5/head);
-- scm_env holds BRANCH_NAME, TAG_NAME, GIT_COMMIT, CHANGE_* as a JSON object; not_before is null when
-- the build may start at once.
ALTER TABLE builds ADD COLUMN source_ref VARCHAR(1000);
ALTER TABLE builds ADD COLUMN scm_env TEXT;
ALTER TABLE builds ADD COLUMN not_before TIMESTAMP WITH TIME ZONE;
CREATE INDEX builds_by_job_ref ON builds (job_name, source_ref, status);
