-- The audit log is append-only: no row may be changed or removed, not even by the app.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
INSERT INTO settings (key, value) VALUES ('report_due_day', '15'), ('small_count_threshold', '5'), ('small_denominator_threshold', '10');
