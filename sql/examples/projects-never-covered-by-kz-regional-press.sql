-- Which projects has the Kazakh regional press never covered with an original item, and how
-- much coverage did they get elsewhere?
-- Parameters: none (all time; add a week_start filter to narrow it).
-- Columns: project_id text, name_ru text, lifecycle text, importance integer, kz_regions text[], originals_elsewhere bigint
select
  p.project_id,
  p.name_ru,
  p.lifecycle,
  p.importance,
  p.kz_regions,
  coalesce((select sum(c.originals) from research.weekly_coverage c where c.project_id = p.project_id), 0)::bigint as originals_elsewhere
from research.projects p
where not p.retired
  and not exists (
    select 1 from research.weekly_coverage c
    where c.project_id = p.project_id and c.side = 'KZ' and c.level = 'regional' and c.originals > 0)
order by p.importance desc, originals_elsewhere desc, p.project_id;
