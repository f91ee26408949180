-- The station's id for one claim attempt: when the answer to a committed claim is lost (a timeout),
-- the station retries the same attempt and is told "claimed" again, not "already voted here".
alter table participation add column attempt_id text;
