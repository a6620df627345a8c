CREATE TABLE `region_reference_baselines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`code` text NOT NULL,
	`value` real NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`series_code` text NOT NULL,
	`label` text NOT NULL,
	`source` text NOT NULL,
	`source_table` text NOT NULL,
	`retrieved_on` text NOT NULL,
	`set_by` integer,
	`set_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `region_reference_baselines_region_code_uq` ON `region_reference_baselines` (`region_id`,`code`);--> statement-breakpoint
-- The baselines read these values: writes to them raise the figures version, as every table the
-- figures read does (app/models/figure-sources.server.ts; test/figures-sources.test.ts holds it).
CREATE TRIGGER `region_reference_baselines_insert_figures_version` AFTER INSERT ON `region_reference_baselines`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_reference_baselines_update_figures_version` AFTER UPDATE ON `region_reference_baselines`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_reference_baselines_delete_figures_version` AFTER DELETE ON `region_reference_baselines`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
