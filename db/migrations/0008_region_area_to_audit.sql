-- Issue 20: a region's free-text area goes; the page shows its scope (municipalities, children 0-17,
-- source) instead, which is what every figure counts. FoodValley's text named seven municipalities
-- while its scope is Ede, Zeeland's thirteen while its scope is three. The texts are kept in the
-- append-only audit log before the column is dropped: one entry per region, by no user (the upgrade),
-- as a change area → none, so the region's history on /beheer/regios shows it.
INSERT INTO `audit_log` (`action`, `entity_type`, `entity_id`, `detail`)
SELECT 'region.area_removed', 'region', CAST(`id` AS TEXT), json_object('changes', json_object('area', json_array(`area`, NULL)))
FROM `regions` WHERE `area` <> '' ORDER BY `id`;
--> statement-breakpoint
ALTER TABLE `regions` DROP COLUMN `area`;
