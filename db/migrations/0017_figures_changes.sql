CREATE TABLE `figures_changes` (
	`period` text PRIMARY KEY NOT NULL,
	`changes` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- One count per row written to reports and report_values, under the report's period, beside the
-- figures version's own triggers on the same rows (migration 0002): the figures cache compares the
-- two to find which months a write touched ('*': not known, every month).
CREATE TRIGGER `reports_insert_figures_changes` AFTER INSERT ON `reports`
BEGIN
  INSERT INTO `figures_changes` (`period`, `changes`) VALUES (NEW.`period`, 1)
    ON CONFLICT (`period`) DO UPDATE SET `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reports_update_figures_changes` AFTER UPDATE ON `reports`
BEGIN
  INSERT INTO `figures_changes` (`period`, `changes`)
    VALUES (CASE WHEN OLD.`period` = NEW.`period` THEN NEW.`period` ELSE '*' END, 1)
    ON CONFLICT (`period`) DO UPDATE SET `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reports_delete_figures_changes` AFTER DELETE ON `reports`
BEGIN
  INSERT INTO `figures_changes` (`period`, `changes`) VALUES (OLD.`period`, 1)
    ON CONFLICT (`period`) DO UPDATE SET `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_values_insert_figures_changes` AFTER INSERT ON `report_values`
BEGIN
  INSERT INTO `figures_changes` (`period`, `changes`)
    VALUES (coalesce((SELECT `period` FROM `reports` WHERE `id` = NEW.`report_id`), '*'), 1)
    ON CONFLICT (`period`) DO UPDATE SET `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_values_update_figures_changes` AFTER UPDATE ON `report_values`
BEGIN
  INSERT INTO `figures_changes` (`period`, `changes`)
    VALUES (CASE WHEN OLD.`report_id` = NEW.`report_id`
      THEN coalesce((SELECT `period` FROM `reports` WHERE `id` = NEW.`report_id`), '*') ELSE '*' END, 1)
    ON CONFLICT (`period`) DO UPDATE SET `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_values_delete_figures_changes` AFTER DELETE ON `report_values`
BEGIN
  INSERT INTO `figures_changes` (`period`, `changes`)
    VALUES (coalesce((SELECT `period` FROM `reports` WHERE `id` = OLD.`report_id`), '*'), 1)
    ON CONFLICT (`period`) DO UPDATE SET `changes` = `changes` + 1;
END;
