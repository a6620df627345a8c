CREATE TABLE `comparison_group_choices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`municipalities` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`chosen_by` integer,
	`chosen_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`chosen_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comparison_group_choices_region_idx` ON `comparison_group_choices` (`region_id`,`id`);--> statement-breakpoint
CREATE TABLE `outcome_cbs_mappings` (
	`outcome_code` text NOT NULL,
	`cbs_measure` text NOT NULL,
	`gap_nl` text NOT NULL,
	`gap_en` text NOT NULL,
	PRIMARY KEY(`outcome_code`, `cbs_measure`)
);
--> statement-breakpoint
-- Which outcome compares with which CBS measure, and what differs (ADR 021). The outcomes without
-- a row (supervision orders alone, first placements, ended authority) have no CBS count per
-- municipality to compare with: CBS's youth care with stay is a share of young people in care.
-- Seeded before the triggers below, so the upgrade leaves the figures version as it was.
INSERT INTO `outcome_cbs_mappings` (`outcome_code`, `cbs_measure`, `gap_nl`, `gap_en`) VALUES
('measures_rate', 'child_protection_started',
 'CBS telt gestarte jeugdbeschermingstrajecten (ondertoezichtstelling en voogdij, ook voorlopige) per halfjaar, naar de gemeente waar het kind staat ingeschreven (woonplaatsbeginsel); een kind met twee trajecten telt twee keer. De proeftuin telt nieuwe maatregelen die de kinderrechter uitsprak in haar eigen scope, per kind, zonder verlengingen.',
 'CBS counts child-protection trajectories started (supervision and guardianship, provisional ones too) per half-year, by the municipality where the child is registered (residence rule); a child with two trajectories counts twice. The pilot counts new measures the juvenile court ordered within its own scope, per child, without extensions.'),
('signals_rate', 'vt_reports',
 'CBS telt meldingen die Veilig Thuis ontving, per Veilig Thuis-regio (niet per gemeente): alleen Nederland als geheel is een passende referentie. De proeftuin telt ook adviesvragen en signalen bij het RVT en het lokale team, per gezin of kind in haar scope.',
 'CBS counts reports received by Veilig Thuis, per Veilig Thuis region (not per municipality): only the Netherlands as a whole fits as a reference. The pilot also counts requests for advice and signals at the RVT and the local team, per family or child in its scope.');
--> statement-breakpoint
-- The comparison groups feed the outcomes block: writes raise the figures version, as every table
-- the figures read does (app/models/figure-sources.server.ts; test/figures-sources.test.ts holds it).
CREATE TRIGGER `comparison_group_choices_insert_figures_version` AFTER INSERT ON `comparison_group_choices`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comparison_group_choices_update_figures_version` AFTER UPDATE ON `comparison_group_choices`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `comparison_group_choices_delete_figures_version` AFTER DELETE ON `comparison_group_choices`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `outcome_cbs_mappings_insert_figures_version` AFTER INSERT ON `outcome_cbs_mappings`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `outcome_cbs_mappings_update_figures_version` AFTER UPDATE ON `outcome_cbs_mappings`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `outcome_cbs_mappings_delete_figures_version` AFTER DELETE ON `outcome_cbs_mappings`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
