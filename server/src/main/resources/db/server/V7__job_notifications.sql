-- Per-job notification settings (issue #8): the job's own FreeMarker mail template. Gone with the job.
CREATE TABLE job_notifications (
    job_name      VARCHAR(100) PRIMARY KEY REFERENCES jobs (name) ON DELETE CASCADE,
    mail_template TEXT,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
