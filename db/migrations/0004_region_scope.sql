CREATE TABLE `region_scopes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`effective_from` text NOT NULL,
	`municipalities` text NOT NULL,
	`children` integer NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`set_by` integer,
	`set_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "region_scopes_children_check" CHECK("region_scopes"."children" > 0),
	CONSTRAINT "region_scopes_period_check" CHECK("region_scopes"."effective_from" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
);
--> statement-breakpoint
CREATE INDEX `region_scopes_region_idx` ON `region_scopes` (`region_id`,`effective_from`);--> statement-breakpoint
ALTER TABLE `regions` ADD `colour` text;--> statement-breakpoint
ALTER TABLE `regions` ADD `pilot_start` text;--> statement-breakpoint
ALTER TABLE `regions` ADD `baseline_from` text;--> statement-breakpoint
ALTER TABLE `regions` ADD `baseline_to` text;--> statement-breakpoint
-- Population and scope change the rates per 10,000 children: they raise the figures version too.
CREATE TRIGGER `region_scopes_insert_figures_version` AFTER INSERT ON `region_scopes`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_scopes_update_figures_version` AFTER UPDATE ON `region_scopes`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `region_scopes_delete_figures_version` AFTER DELETE ON `region_scopes`
BEGIN
  UPDATE `figures_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
-- Upgrade of the first release's data: the six proeftuinen get their pilot start and their scope
-- (municipalities, children 0-17 per year) from seeds/regions.ts (SEED_SCOPES); test/upgrade.test.ts
-- checks these rows against those constants. On a database without these regions nothing happens.
UPDATE `regions` SET `pilot_start` = '2024-01' WHERE `slug` = 'amsterdam-amstelland' AND `pilot_start` IS NULL;
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2023-01', '["Aalsmeer", "Amstelveen", "Amsterdam", "Diemen", "Ouder-Amstel", "Uithoorn"]', 199800, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'amsterdam-amstelland';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2024-01', '["Aalsmeer", "Amstelveen", "Amsterdam", "Diemen", "Ouder-Amstel", "Uithoorn"]', 200900, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'amsterdam-amstelland';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2025-01', '["Aalsmeer", "Amstelveen", "Amsterdam", "Diemen", "Ouder-Amstel", "Uithoorn"]', 201700, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'amsterdam-amstelland';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2026-01', '["Aalsmeer", "Amstelveen", "Amsterdam", "Diemen", "Ouder-Amstel", "Uithoorn"]', 202300, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'amsterdam-amstelland';
--> statement-breakpoint
UPDATE `regions` SET `pilot_start` = '2024-01' WHERE `slug` = 'foodvalley' AND `pilot_start` IS NULL;
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2023-01', '["Barneveld", "Ede", "Nijkerk", "Renswoude", "Rhenen", "Scherpenzeel", "Veenendaal"]', 76900, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'foodvalley';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2024-01', '["Barneveld", "Ede", "Nijkerk", "Renswoude", "Rhenen", "Scherpenzeel", "Veenendaal"]', 77600, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'foodvalley';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2025-01', '["Barneveld", "Ede", "Nijkerk", "Renswoude", "Rhenen", "Scherpenzeel", "Veenendaal"]', 78300, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'foodvalley';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2026-01', '["Barneveld", "Ede", "Nijkerk", "Renswoude", "Rhenen", "Scherpenzeel", "Veenendaal"]', 78900, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'foodvalley';
--> statement-breakpoint
UPDATE `regions` SET `pilot_start` = '2024-01' WHERE `slug` = 'rotterdam-rijnmond' AND `pilot_start` IS NULL;
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2023-01', '["Albrandswaard", "Barendrecht", "Capelle aan den IJssel", "Goeree-Overflakkee", "Krimpen aan den IJssel", "Lansingerland", "Maassluis", "Nissewaard", "Ridderkerk", "Rotterdam", "Schiedam", "Vlaardingen", "Voorne aan Zee"]', 268500, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'rotterdam-rijnmond';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2024-01', '["Albrandswaard", "Barendrecht", "Capelle aan den IJssel", "Goeree-Overflakkee", "Krimpen aan den IJssel", "Lansingerland", "Maassluis", "Nissewaard", "Ridderkerk", "Rotterdam", "Schiedam", "Vlaardingen", "Voorne aan Zee"]', 269700, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'rotterdam-rijnmond';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2025-01', '["Albrandswaard", "Barendrecht", "Capelle aan den IJssel", "Goeree-Overflakkee", "Krimpen aan den IJssel", "Lansingerland", "Maassluis", "Nissewaard", "Ridderkerk", "Rotterdam", "Schiedam", "Vlaardingen", "Voorne aan Zee"]', 270600, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'rotterdam-rijnmond';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2026-01', '["Albrandswaard", "Barendrecht", "Capelle aan den IJssel", "Goeree-Overflakkee", "Krimpen aan den IJssel", "Lansingerland", "Maassluis", "Nissewaard", "Ridderkerk", "Rotterdam", "Schiedam", "Vlaardingen", "Voorne aan Zee"]', 271200, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'rotterdam-rijnmond';
--> statement-breakpoint
UPDATE `regions` SET `pilot_start` = '2024-01' WHERE `slug` = 'utrecht' AND `pilot_start` IS NULL;
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2023-01', '["De Ronde Venen", "Montfoort", "Oudewater", "Stichtse Vecht", "Utrecht", "Woerden"]', 110400, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'utrecht';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2024-01', '["De Ronde Venen", "Montfoort", "Oudewater", "Stichtse Vecht", "Utrecht", "Woerden"]', 111600, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'utrecht';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2025-01', '["De Ronde Venen", "Montfoort", "Oudewater", "Stichtse Vecht", "Utrecht", "Woerden"]', 112700, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'utrecht';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2026-01', '["De Ronde Venen", "Montfoort", "Oudewater", "Stichtse Vecht", "Utrecht", "Woerden"]', 113500, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'utrecht';
--> statement-breakpoint
UPDATE `regions` SET `pilot_start` = '2024-01' WHERE `slug` = 'zeeland' AND `pilot_start` IS NULL;
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2023-01', '["Borsele", "Goes", "Hulst", "Kapelle", "Middelburg", "Noord-Beveland", "Reimerswaal", "Schouwen-Duiveland", "Sluis", "Terneuzen", "Tholen", "Veere", "Vlissingen"]', 68300, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'zeeland';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2024-01', '["Borsele", "Goes", "Hulst", "Kapelle", "Middelburg", "Noord-Beveland", "Reimerswaal", "Schouwen-Duiveland", "Sluis", "Terneuzen", "Tholen", "Veere", "Vlissingen"]', 67900, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'zeeland';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2025-01', '["Borsele", "Goes", "Hulst", "Kapelle", "Middelburg", "Noord-Beveland", "Reimerswaal", "Schouwen-Duiveland", "Sluis", "Terneuzen", "Tholen", "Veere", "Vlissingen"]', 67600, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'zeeland';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2026-01', '["Borsele", "Goes", "Hulst", "Kapelle", "Middelburg", "Noord-Beveland", "Reimerswaal", "Schouwen-Duiveland", "Sluis", "Terneuzen", "Tholen", "Veere", "Vlissingen"]', 67400, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'zeeland';
--> statement-breakpoint
UPDATE `regions` SET `pilot_start` = '2024-01' WHERE `slug` = 'west-brabant-west' AND `pilot_start` IS NULL;
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2023-01', '["Bergen op Zoom", "Etten-Leur", "Halderberge", "Moerdijk", "Roosendaal", "Rucphen", "Steenbergen", "Woensdrecht", "Zundert"]', 68900, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'west-brabant-west';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2024-01', '["Bergen op Zoom", "Etten-Leur", "Halderberge", "Moerdijk", "Roosendaal", "Rucphen", "Steenbergen", "Woensdrecht", "Zundert"]', 68600, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'west-brabant-west';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2025-01', '["Bergen op Zoom", "Etten-Leur", "Halderberge", "Moerdijk", "Roosendaal", "Rucphen", "Steenbergen", "Woensdrecht", "Zundert"]', 68500, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'west-brabant-west';
--> statement-breakpoint
INSERT INTO `region_scopes` (`region_id`, `effective_from`, `municipalities`, `children`, `source`) SELECT `id`, '2026-01', '["Bergen op Zoom", "Etten-Leur", "Halderberge", "Moerdijk", "Roosendaal", "Rucphen", "Steenbergen", "Woensdrecht", "Zundert"]', 68400, 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)' FROM `regions` WHERE `slug` = 'west-brabant-west';
