ALTER TABLE `region_reference_baselines` ADD `count` real;--> statement-breakpoint
ALTER TABLE `region_reference_baselines` ADD `child_years` real;--> statement-breakpoint
-- A baseline from CBS's pre-pilot years filled before this release keeps its value and span and gets
-- CBS's count and child-years from the audit entry of its fill (the newest for the same region,
-- outcome, series, value and span that holds both; the two columns read the same entry), so the change against it has an interval (issue 24, ADR 024).
-- A baseline from a typed series has no counts and keeps NULL; so does one without such an entry.
UPDATE `region_reference_baselines` SET
  `count` = (
    SELECT json_extract(a.`detail`, '$.count') FROM `audit_log` a
    WHERE a.`action` = 'region.reference_baseline' AND a.`entity_type` = 'region'
      AND a.`entity_id` = CAST(`region_reference_baselines`.`region_id` AS TEXT)
      AND json_extract(a.`detail`, '$.code') = `region_reference_baselines`.`code`
      AND json_extract(a.`detail`, '$.series') = `region_reference_baselines`.`series_code`
      AND json_extract(a.`detail`, '$.value') = `region_reference_baselines`.`value`
      AND json_extract(a.`detail`, '$.from') = `region_reference_baselines`.`period_from`
      AND json_extract(a.`detail`, '$.to') = `region_reference_baselines`.`period_to`
      AND json_extract(a.`detail`, '$.count') IS NOT NULL
      AND json_extract(a.`detail`, '$.childYears') IS NOT NULL
    ORDER BY a.`id` DESC LIMIT 1
  ),
  `child_years` = (
    SELECT json_extract(a.`detail`, '$.childYears') FROM `audit_log` a
    WHERE a.`action` = 'region.reference_baseline' AND a.`entity_type` = 'region'
      AND a.`entity_id` = CAST(`region_reference_baselines`.`region_id` AS TEXT)
      AND json_extract(a.`detail`, '$.code') = `region_reference_baselines`.`code`
      AND json_extract(a.`detail`, '$.series') = `region_reference_baselines`.`series_code`
      AND json_extract(a.`detail`, '$.value') = `region_reference_baselines`.`value`
      AND json_extract(a.`detail`, '$.from') = `region_reference_baselines`.`period_from`
      AND json_extract(a.`detail`, '$.to') = `region_reference_baselines`.`period_to`
      AND json_extract(a.`detail`, '$.count') IS NOT NULL
      AND json_extract(a.`detail`, '$.childYears') IS NOT NULL
    ORDER BY a.`id` DESC LIMIT 1
  )
WHERE `series_code` LIKE 'cbs-voor-pilot:%';
