CREATE TABLE `narrative_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`narrative_id` integer NOT NULL,
	`version` integer NOT NULL,
	`action` text NOT NULL,
	`status` text NOT NULL,
	`context` text NOT NULL,
	`learned` text NOT NULL,
	`principles` text NOT NULL,
	`reason` text,
	`user_id` integer,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`narrative_id`) REFERENCES `narratives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `narrative_history_narrative_idx` ON `narrative_history` (`narrative_id`);--> statement-breakpoint
CREATE TABLE `narratives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`quarter` text NOT NULL,
	`status` text DEFAULT 'concept' NOT NULL,
	`context` text DEFAULT '' NOT NULL,
	`learned` text DEFAULT '' NOT NULL,
	`principles` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`return_reason` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` integer,
	`approved_at` text,
	`approved_by` integer,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "narratives_quarter_check" CHECK("narratives"."quarter" glob '[0-9][0-9][0-9][0-9]-Q[1-4]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `narratives_region_quarter_uq` ON `narratives` (`region_id`,`quarter`);--> statement-breakpoint
CREATE TABLE `reference_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`label` text NOT NULL,
	`indicator_code` text,
	`source` text NOT NULL,
	`source_table` text NOT NULL,
	`retrieved_on` text NOT NULL,
	`unit` text NOT NULL,
	`illustrative` integer DEFAULT false NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reference_series_code_unique` ON `reference_series` (`code`);--> statement-breakpoint
CREATE TABLE `reference_values` (
	`series_id` integer NOT NULL,
	`period` text NOT NULL,
	`value` real,
	PRIMARY KEY(`series_id`, `period`),
	FOREIGN KEY (`series_id`) REFERENCES `reference_series`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `experiments` ADD `indicators` text DEFAULT '[]' NOT NULL;