-- Why a build ended as it did ("server restarted", "aborted by admin", "script returned exit code 2").
ALTER TABLE builds ADD COLUMN end_reason VARCHAR(2000);
