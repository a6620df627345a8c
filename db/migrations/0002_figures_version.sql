CREATE TABLE `figures_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "figures_version_single_row" CHECK("figures_version"."id" = 1)
);
--> statement-breakpoint
-- Every write to a table the dashboard figures are computed from raises the figures version in the
-- same transaction; servers cache computed figures under it (app/models/figures-cache.server.ts).
INSERT INTO `figures_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `reports_insert_figures_version` AFTER INSERT ON `reports`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reports_update_figures_version` AFTER UPDATE ON `reports`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reports_delete_figures_version` AFTER DELETE ON `reports`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_values_insert_figures_version` AFTER INSERT ON `report_values`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_values_update_figures_version` AFTER UPDATE ON `report_values`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_values_delete_figures_version` AFTER DELETE ON `report_values`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `regions_insert_figures_version` AFTER INSERT ON `regions`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `regions_update_figures_version` AFTER UPDATE ON `regions`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `regions_delete_figures_version` AFTER DELETE ON `regions`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experiments_insert_figures_version` AFTER INSERT ON `experiments`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experiments_update_figures_version` AFTER UPDATE ON `experiments`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experiments_delete_figures_version` AFTER DELETE ON `experiments`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `bottlenecks_insert_figures_version` AFTER INSERT ON `bottlenecks`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `bottlenecks_update_figures_version` AFTER UPDATE ON `bottlenecks`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `bottlenecks_delete_figures_version` AFTER DELETE ON `bottlenecks`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_targets_insert_figures_version` AFTER INSERT ON `indicator_targets`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_targets_update_figures_version` AFTER UPDATE ON `indicator_targets`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_targets_delete_figures_version` AFTER DELETE ON `indicator_targets`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `settings_insert_figures_version` AFTER INSERT ON `settings`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `settings_update_figures_version` AFTER UPDATE ON `settings`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `settings_delete_figures_version` AFTER DELETE ON `settings`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
