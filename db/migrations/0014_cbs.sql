CREATE TABLE `cbs_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`source` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`summary` text NOT NULL,
	`payload` text,
	`decided_by` integer,
	`decided_at` text,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `cbs_observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`table_id` text NOT NULL,
	`measure` text NOT NULL,
	`region_code` text NOT NULL,
	`period` text NOT NULL,
	`value` real,
	`status` text NOT NULL,
	`rounded` integer DEFAULT false NOT NULL,
	`import_id` integer NOT NULL,
	`superseded_by` integer,
	FOREIGN KEY (`import_id`) REFERENCES `cbs_imports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`superseded_by`) REFERENCES `cbs_imports`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "cbs_observations_secret_check" CHECK("cbs_observations"."status" <> 'secret' or "cbs_observations"."value" is null)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cbs_observations_current_uq` ON `cbs_observations` (`measure`,`region_code`,`period`) WHERE "cbs_observations"."superseded_by" is null;--> statement-breakpoint
CREATE INDEX `cbs_observations_region_idx` ON `cbs_observations` (`region_code`,`measure`);--> statement-breakpoint
CREATE TABLE `cbs_tables` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`table_id` text NOT NULL,
	`title` text NOT NULL,
	`modified` text,
	`retrieved_at` text NOT NULL,
	`licence` text DEFAULT 'CC BY 4.0' NOT NULL,
	`source` text NOT NULL,
	`import_id` integer NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `cbs_imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cbs_tables_table_idx` ON `cbs_tables` (`table_id`,`import_id`);--> statement-breakpoint
CREATE TABLE `municipalities` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`valid_from` text DEFAULT '1900-01-01' NOT NULL,
	`valid_to` text,
	`youth_care_region` text,
	`urbanity` integer,
	CONSTRAINT "municipalities_code_check" CHECK("municipalities"."code" glob 'GM[0-9][0-9][0-9][0-9]'),
	CONSTRAINT "municipalities_urbanity_check" CHECK("municipalities"."urbanity" is null or "municipalities"."urbanity" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE `municipality_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`old_code` text NOT NULL,
	`new_code` text NOT NULL,
	`effective_on` text NOT NULL,
	`import_id` integer,
	FOREIGN KEY (`import_id`) REFERENCES `cbs_imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `municipality_changes_uq` ON `municipality_changes` (`old_code`,`new_code`,`effective_on`);--> statement-breakpoint
CREATE TABLE `region_municipalities` (
	`set_id` integer NOT NULL,
	`municipality_code` text NOT NULL,
	`partial` integer DEFAULT false NOT NULL,
	`district` text,
	PRIMARY KEY(`set_id`, `municipality_code`),
	FOREIGN KEY (`set_id`) REFERENCES `region_municipality_sets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "region_municipalities_district_check" CHECK(("region_municipalities"."partial" = 0 and "region_municipalities"."district" is null) or ("region_municipalities"."partial" = 1 and "region_municipalities"."district" is not null))
);
--> statement-breakpoint
CREATE TABLE `region_municipality_sets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`effective_from` text NOT NULL,
	`set_by` integer,
	`set_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "region_municipality_sets_period_check" CHECK("region_municipality_sets"."effective_from" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
);
--> statement-breakpoint
CREATE INDEX `region_municipality_sets_idx` ON `region_municipality_sets` (`region_id`,`effective_from`);--> statement-breakpoint
ALTER TABLE `reference_series` ADD `origin` text DEFAULT 'typed' NOT NULL;--> statement-breakpoint
ALTER TABLE `region_scopes` ADD `origin` text DEFAULT 'typed' NOT NULL;--> statement-breakpoint
-- The CBS figures and the municipalities a region's scope is made of feed the figures (rates per
-- 10,000 children, the comparison groups): writes to them raise the figures version, as every table
-- the figures read does (app/models/figure-sources.server.ts; test/figures-sources.test.ts holds it).
CREATE TRIGGER `municipalities_insert_figures_version` AFTER INSERT ON `municipalities`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `municipalities_update_figures_version` AFTER UPDATE ON `municipalities`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `municipalities_delete_figures_version` AFTER DELETE ON `municipalities`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `municipality_changes_insert_figures_version` AFTER INSERT ON `municipality_changes`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `municipality_changes_update_figures_version` AFTER UPDATE ON `municipality_changes`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `municipality_changes_delete_figures_version` AFTER DELETE ON `municipality_changes`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_municipality_sets_insert_figures_version` AFTER INSERT ON `region_municipality_sets`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_municipality_sets_update_figures_version` AFTER UPDATE ON `region_municipality_sets`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_municipality_sets_delete_figures_version` AFTER DELETE ON `region_municipality_sets`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_municipalities_insert_figures_version` AFTER INSERT ON `region_municipalities`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_municipalities_update_figures_version` AFTER UPDATE ON `region_municipalities`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_municipalities_delete_figures_version` AFTER DELETE ON `region_municipalities`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cbs_tables_insert_figures_version` AFTER INSERT ON `cbs_tables`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cbs_tables_update_figures_version` AFTER UPDATE ON `cbs_tables`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cbs_tables_delete_figures_version` AFTER DELETE ON `cbs_tables`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cbs_observations_insert_figures_version` AFTER INSERT ON `cbs_observations`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cbs_observations_update_figures_version` AFTER UPDATE ON `cbs_observations`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cbs_observations_delete_figures_version` AFTER DELETE ON `cbs_observations`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
