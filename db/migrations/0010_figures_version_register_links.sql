-- The figures read the experiments' links to bottlenecks and the registers' history (a register's
-- status as of a quarter): writes to them raise the figures version too, as every table the figures
-- read does (app/models/figure-sources.server.ts; test/figures-sources.test.ts holds it).
CREATE TRIGGER `experiment_bottlenecks_insert_figures_version` AFTER INSERT ON `experiment_bottlenecks`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experiment_bottlenecks_update_figures_version` AFTER UPDATE ON `experiment_bottlenecks`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `experiment_bottlenecks_delete_figures_version` AFTER DELETE ON `experiment_bottlenecks`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `register_history_insert_figures_version` AFTER INSERT ON `register_history`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `register_history_update_figures_version` AFTER UPDATE ON `register_history`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `register_history_delete_figures_version` AFTER DELETE ON `register_history`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
