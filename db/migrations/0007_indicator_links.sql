-- Issue 20: "lasting safety" (1 − reported again / closed, higher is better) is replaced by
-- "reported again within 12 months of closure" (recurrence_after_closure, lower is better). An
-- experiment that aimed to move lasting safety now names its successor; the change is kept in the
-- register history (by no user: the upgrade), so the old link is not lost. Stored targets for
-- lasting_safety stay stored but are no longer read: the direction flipped.
INSERT INTO `register_history` (`entity_type`, `entity_id`, `field`, `old_value`, `new_value`)
SELECT 'experiment', e.`id`, 'indicators',
	(SELECT group_concat(`value`, ', ') FROM (SELECT `value` FROM json_each(e.`indicators`) ORDER BY `value`)),
	(SELECT group_concat(`code`, ', ') FROM (
		SELECT DISTINCT CASE `value` WHEN 'lasting_safety' THEN 'recurrence_after_closure' ELSE `value` END AS `code`
		FROM json_each(e.`indicators`) ORDER BY `code`))
FROM `experiments` e
WHERE EXISTS (SELECT 1 FROM json_each(e.`indicators`) WHERE `value` = 'lasting_safety');
--> statement-breakpoint
UPDATE `experiments` SET `indicators` = (
	SELECT json_group_array(`code`) FROM (
		SELECT CASE `value` WHEN 'lasting_safety' THEN 'recurrence_after_closure' ELSE `value` END AS `code`, min(`key`) AS `k`
		FROM json_each(`experiments`.`indicators`) GROUP BY `code` ORDER BY `k`))
WHERE EXISTS (SELECT 1 FROM json_each(`experiments`.`indicators`) WHERE `value` = 'lasting_safety');
