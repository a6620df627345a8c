CREATE TABLE `experience_answers` (
	`count_id` integer NOT NULL,
	`item` text NOT NULL,
	`answered` integer NOT NULL,
	`agreed` integer NOT NULL,
	PRIMARY KEY(`count_id`, `item`),
	FOREIGN KEY (`count_id`) REFERENCES `experience_counts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "experience_answers_check" CHECK("experience_answers"."agreed" >= 0 and "experience_answers"."agreed" <= "experience_answers"."answered")
);
--> statement-breakpoint
CREATE TABLE `experience_counts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` integer NOT NULL,
	`group` text NOT NULL,
	`route` text NOT NULL,
	`invited` integer,
	`responded` integer NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `experience_periods`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "experience_counts_responded_check" CHECK("experience_counts"."responded" >= 0 and ("experience_counts"."invited" is null or "experience_counts"."responded" <= "experience_counts"."invited"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `experience_counts_uq` ON `experience_counts` (`period_id`,`group`,`route`);--> statement-breakpoint
CREATE TABLE `experience_mappings` (
	`region_id` integer PRIMARY KEY NOT NULL,
	`columns` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `experience_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`period` text NOT NULL,
	`status` text DEFAULT 'submitted' NOT NULL,
	`submitted_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`submitted_by` integer,
	`approved_at` text,
	`approved_by` integer,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "experience_periods_period_check" CHECK("experience_periods"."period" glob '[0-9][0-9][0-9][0-9]-Q[1-4]' or "experience_periods"."period" glob '[0-9][0-9][0-9][0-9]-H[12]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `experience_periods_region_period_uq` ON `experience_periods` (`region_id`,`period`);--> statement-breakpoint
-- The "Ervaring" block reads these tables: a write raises the figures version, as for every table figures come from.
CREATE TRIGGER `experience_periods_insert_figures_version` AFTER INSERT ON `experience_periods`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experience_periods_update_figures_version` AFTER UPDATE ON `experience_periods`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experience_periods_delete_figures_version` AFTER DELETE ON `experience_periods`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experience_counts_insert_figures_version` AFTER INSERT ON `experience_counts`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experience_counts_update_figures_version` AFTER UPDATE ON `experience_counts`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experience_counts_delete_figures_version` AFTER DELETE ON `experience_counts`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experience_answers_insert_figures_version` AFTER INSERT ON `experience_answers`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experience_answers_update_figures_version` AFTER UPDATE ON `experience_answers`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experience_answers_delete_figures_version` AFTER DELETE ON `experience_answers`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
