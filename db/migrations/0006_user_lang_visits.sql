ALTER TABLE `users` ADD `lang` text DEFAULT 'nl' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `last_visit_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `previous_visit_at` text;--> statement-breakpoint
-- Reminder keys name the region and month instead of the report row (a month nobody started has no
-- row yet): 'overdue:<report id>:<user id>' becomes 'overdue:<region id>:<YYYY-MM>:<user id>', so a
-- reminder sent before this release is not sent again.
UPDATE `outbox` SET `dedupe_key` = (
	SELECT `outbox`.`kind` || ':' || r.`region_id` || ':' || r.`period` || ':' ||
		substr(`outbox`.`dedupe_key`, length(`outbox`.`kind`) + 2 + instr(substr(`outbox`.`dedupe_key`, length(`outbox`.`kind`) + 2), ':'))
	FROM `reports` r
	WHERE r.`id` = CAST(substr(`outbox`.`dedupe_key`, length(`outbox`.`kind`) + 2, instr(substr(`outbox`.`dedupe_key`, length(`outbox`.`kind`) + 2), ':') - 1) AS INTEGER)
)
WHERE `dedupe_key` GLOB '*:*:*' AND NOT `dedupe_key` GLOB '*:*:*:*'
	AND EXISTS (
		SELECT 1 FROM `reports` r
		WHERE r.`id` = CAST(substr(`outbox`.`dedupe_key`, length(`outbox`.`kind`) + 2, instr(substr(`outbox`.`dedupe_key`, length(`outbox`.`kind`) + 2), ':') - 1) AS INTEGER)
	);
