-- 009_outlet_weeks: research.outlet_volumes without counting every item every time.
-- At a million items, counting the whole archive per outlet and week took 1–2 s (docs/
-- performance.md). The counts are now kept per time zone in outlet_weeks; triggers on items and
-- item_match_state mark the weeks a change touches as dirty (outlet_weeks_dirty), and
-- refresh_outlet_weeks() (run by the match stage and the report) counts those weeks again.
-- The view reads kept weeks that are clean and counts dirty weeks, and every week of a time
-- zone that is not kept, from the items themselves: it is never stale, only slower until the
-- next refresh. Runs on PostgreSQL 15 and PGlite.

create table outlet_week_zones (
  time_zone  text primary key
);
comment on table outlet_week_zones is 'Time zones whose outlet-week counts are kept in outlet_weeks (the report time zone, added by the first refresh). research.outlet_volumes counts other zones from the items.';
comment on column outlet_week_zones.time_zone is 'IANA time zone, e.g. Europe/Minsk.';

create table outlet_weeks (
  time_zone       text not null references outlet_week_zones (time_zone) on delete cascade,
  week_start      date not null,
  outlet_id       text not null references outlets (id),
  items           bigint not null,
  originals       bigint not null,
  reprints        bigint not null,
  regional_items  bigint not null,
  relevant_items  bigint not null,
  matched_items   bigint not null,
  primary key (time_zone, week_start, outlet_id)
);
comment on table outlet_weeks is 'Kept counts behind research.outlet_volumes: items per outlet and ISO week in a time zone. Read research.outlet_volumes instead: it also counts weeks changed since the last refresh.';
comment on column outlet_weeks.time_zone is 'The time zone the weeks are cut in.';
comment on column outlet_weeks.week_start is 'Monday of the ISO week in that time zone.';
comment on column outlet_weeks.outlet_id is 'Outlet id.';
comment on column outlet_weeks.items is 'Items stored for the outlet that week.';
comment on column outlet_weeks.originals is 'Items that are not reprints.';
comment on column outlet_weeks.reprints is 'Items marked as reprints.';
comment on column outlet_weeks.regional_items is 'Items at regional level.';
comment on column outlet_weeks.relevant_items is 'Items judged relevant to Belarus–Kazakhstan cooperation.';
comment on column outlet_weeks.matched_items is 'Items matched to at least one catalog project.';

create table outlet_weeks_dirty (
  time_zone   text not null references outlet_week_zones (time_zone) on delete cascade,
  week_start  date not null,
  primary key (time_zone, week_start)
);
comment on table outlet_weeks_dirty is 'Weeks whose kept counts in outlet_weeks are out of date (marked by triggers on items and item_match_state; cleared by refresh_outlet_weeks()).';
comment on column outlet_weeks_dirty.time_zone is 'The kept time zone.';
comment on column outlet_weeks_dirty.week_start is 'Monday of the week to count again.';

-- Marks the weeks of the given instants dirty in every kept zone. Sorted, so that concurrent
-- writers take the marks' locks in one order.
create function mark_outlet_weeks(instants timestamptz[]) returns void
  language sql volatile
  as $$
    insert into outlet_weeks_dirty (time_zone, week_start)
    select distinct z.time_zone, (date_trunc('week', t at time zone z.time_zone))::date
    from unnest(instants) t cross join outlet_week_zones z
    where t is not null
    order by 1, 2
    on conflict do nothing
  $$;
comment on function mark_outlet_weeks(timestamptz[]) is 'Marks the ISO weeks of these instants dirty in every kept time zone (called by the triggers on items and item_match_state).';

create function items_mark_outlet_weeks() returns trigger
  language plpgsql
  as $$
  begin
    if tg_op = 'INSERT' then
      perform mark_outlet_weeks(array(select distinct coalesce(published_at, fetched_at) from new_rows));
    elsif tg_op = 'UPDATE' then
      -- Only changes that move a count: the item's time (a page's date) or its reprint link.
      perform mark_outlet_weeks(array(
        select distinct t from (
          select coalesce(o.published_at, o.fetched_at) as t from old_rows o join new_rows n on n.id = o.id
           where coalesce(o.published_at, o.fetched_at) is distinct from coalesce(n.published_at, n.fetched_at)
              or (o.reprint_of is null) <> (n.reprint_of is null)
          union
          select coalesce(n.published_at, n.fetched_at) from old_rows o join new_rows n on n.id = o.id
           where coalesce(o.published_at, o.fetched_at) is distinct from coalesce(n.published_at, n.fetched_at)
              or (o.reprint_of is null) <> (n.reprint_of is null)
        ) x));
    else
      perform mark_outlet_weeks(array(select distinct coalesce(published_at, fetched_at) from old_rows));
    end if;
    return null;
  end
  $$;
comment on function items_mark_outlet_weeks() is 'Trigger: marks the weeks of inserted, moved, re-linked or deleted items dirty in outlet_weeks.';

create trigger items_weeks_insert after insert on items referencing new table as new_rows
  for each statement execute function items_mark_outlet_weeks();
create trigger items_weeks_update after update on items referencing old table as old_rows new table as new_rows
  for each statement execute function items_mark_outlet_weeks();
create trigger items_weeks_delete after delete on items referencing old table as old_rows
  for each statement execute function items_mark_outlet_weeks();

create function match_state_mark_outlet_weeks() returns trigger
  language plpgsql
  as $$
  begin
    if tg_op = 'DELETE' then
      perform mark_outlet_weeks(array(select distinct coalesce(i.published_at, i.fetched_at) from old_rows s join items i on i.id = s.item_id));
    elsif tg_op = 'UPDATE' then
      -- A re-match that concludes the same (level, relevance, matched or not) changes no count.
      perform mark_outlet_weeks(array(
        select distinct coalesce(i.published_at, i.fetched_at)
        from old_rows o join new_rows n on n.item_id = o.item_id join items i on i.id = n.item_id
        where o.level <> n.level or o.relevant <> n.relevant or (o.projects > 0) <> (n.projects > 0)));
    else
      perform mark_outlet_weeks(array(select distinct coalesce(i.published_at, i.fetched_at) from new_rows s join items i on i.id = s.item_id));
    end if;
    return null;
  end
  $$;
comment on function match_state_mark_outlet_weeks() is 'Trigger: marks the weeks of items whose level, relevance or matched flag changed dirty in outlet_weeks.';

create trigger item_match_state_weeks_insert after insert on item_match_state referencing new table as new_rows
  for each statement execute function match_state_mark_outlet_weeks();
create trigger item_match_state_weeks_update after update on item_match_state referencing old table as old_rows new table as new_rows
  for each statement execute function match_state_mark_outlet_weeks();
create trigger item_match_state_weeks_delete after delete on item_match_state referencing old table as old_rows
  for each statement execute function match_state_mark_outlet_weeks();

-- Counts the dirty weeks of every kept zone again. The marks are taken (deleted) first, in the
-- same transaction: a writer marking a week meanwhile leaves a new mark for the next refresh.
create function refresh_outlet_weeks() returns integer
  language plpgsql
  as $$
  declare
    zones text[];
    weeks date[];
  begin
    with taken as (delete from outlet_weeks_dirty returning time_zone, week_start)
    select array_agg(time_zone), array_agg(week_start) into zones, weeks from taken;
    if zones is null then
      return 0;
    end if;
    delete from outlet_weeks w using unnest(zones, weeks) r(time_zone, week_start)
     where w.time_zone = r.time_zone and w.week_start = r.week_start;
    insert into outlet_weeks (time_zone, week_start, outlet_id, items, originals, reprints, regional_items, relevant_items, matched_items)
    select r.time_zone, r.week_start, i.outlet_id,
      count(*),
      count(*) filter (where i.reprint_of is null),
      count(*) filter (where i.reprint_of is not null),
      count(*) filter (where coalesce(s.level, io.level) = 'regional'),
      count(*) filter (where s.relevant),
      count(*) filter (where s.projects > 0)
    from unnest(zones, weeks) r(time_zone, week_start)
    join items i on coalesce(i.published_at, i.fetched_at) >= (r.week_start::timestamp at time zone r.time_zone)
                and coalesce(i.published_at, i.fetched_at) < ((r.week_start + 7)::timestamp at time zone r.time_zone)
    join outlets io on io.id = i.outlet_id
    left join item_match_state s on s.item_id = i.id
    group by 1, 2, 3;
    return cardinality(weeks);
  end
  $$;
comment on function refresh_outlet_weeks() is 'Counts the dirty weeks of outlet_weeks again and clears their marks; returns how many weeks it counted. Run by the match stage and the report; safe to run any time.';

-- Keeps a zone: every week with items becomes dirty, and the next refresh counts them all.
create function keep_outlet_weeks(zone text) returns boolean
  language plpgsql
  as $$
  begin
    if exists (select 1 from outlet_week_zones where time_zone = zone) then
      return false;
    end if;
    insert into outlet_week_zones (time_zone) values (zone) on conflict do nothing;
    insert into outlet_weeks_dirty (time_zone, week_start)
    select distinct zone, (date_trunc('week', coalesce(published_at, fetched_at) at time zone zone))::date from items
    on conflict do nothing;
    return true;
  end
  $$;
comment on function keep_outlet_weeks(text) is 'Starts keeping outlet-week counts for a time zone (every week with items is marked dirty for the next refresh); false when it is kept already.';

-- The rows behind research.outlet_volumes. A function, not a view body, for two reasons: which
-- source answers depends on whether the zone is kept (decided once, not planned as a union of
-- all three), and the planner cannot see through it: estimated from the kept table's size,
-- not from a million items a branch will not read, a query on the view does not set off
-- PostgreSQL's JIT compiler (half a second spent compiling for a 5 ms answer).
create function research.outlet_week_counts(zone text)
  returns table (outlet_id text, week_start date, items bigint, originals bigint, reprints bigint, regional_items bigint, relevant_items bigint, matched_items bigint)
  language plpgsql stable
  rows 5000
  -- With the owner's rights, as a view reads its tables: a researcher granted the research
  -- views only (covgap db grant-researcher) cannot read outlet_weeks or items directly.
  security definer
  set search_path = public, pg_temp
  as $$
  begin
    -- Up to a dozen dirty weeks are cheaper counted one index range at a time; more (a zone
    -- just kept, a backfill, no refresh for a while) are cheaper in one pass over the items.
    if exists (select 1 from outlet_week_zones z where z.time_zone = zone)
       and (select count(*) from outlet_weeks_dirty d where d.time_zone = zone) <= 12 then
      -- kept weeks that no change has touched since the last refresh …
      return query
      select w.outlet_id, w.week_start, w.items, w.originals, w.reprints, w.regional_items, w.relevant_items, w.matched_items
      from outlet_weeks w
      where w.time_zone = zone
        and not exists (select 1 from outlet_weeks_dirty d where d.time_zone = zone and d.week_start = w.week_start);
      -- … and the dirty ones, counted from their items (one index range per week)
      return query
      select c.outlet_id, d.week_start, c.items, c.originals, c.reprints, c.regional_items, c.relevant_items, c.matched_items
      from outlet_weeks_dirty d
      cross join lateral (
        select i.outlet_id,
          count(*) as items,
          count(*) filter (where i.reprint_of is null) as originals,
          count(*) filter (where i.reprint_of is not null) as reprints,
          count(*) filter (where coalesce(s.level, io.level) = 'regional') as regional_items,
          count(*) filter (where s.relevant) as relevant_items,
          count(*) filter (where s.projects > 0) as matched_items
        from items i
        join outlets io on io.id = i.outlet_id
        left join item_match_state s on s.item_id = i.id
        where coalesce(i.published_at, i.fetched_at) >= (d.week_start::timestamp at time zone zone)
          and coalesce(i.published_at, i.fetched_at) < ((d.week_start + 7)::timestamp at time zone zone)
        group by i.outlet_id
        offset 0
      ) c
      where d.time_zone = zone;
    else
      -- a zone that is not kept, or too many dirty weeks: every week counted from the items
      return query
      select i.outlet_id,
        (date_trunc('week', coalesce(i.published_at, i.fetched_at) at time zone zone))::date,
        count(*),
        count(*) filter (where i.reprint_of is null),
        count(*) filter (where i.reprint_of is not null),
        count(*) filter (where coalesce(s.level, io.level) = 'regional'),
        count(*) filter (where s.relevant),
        count(*) filter (where s.projects > 0)
      from items i
      join outlets io on io.id = i.outlet_id
      left join item_match_state s on s.item_id = i.id
      group by 1, 2;
    end if;
  end
  $$;
comment on function research.outlet_week_counts(text) is 'Items per outlet and ISO week in a time zone (the rows of research.outlet_volumes): kept counts where clean, counted from the items where dirty, and all counted from the items when the zone is not kept or more than 12 weeks are dirty.';

create or replace view research.outlet_volumes as
select
  v.outlet_id,
  o.name                                                 as outlet_name,
  o.country                                              as side,
  o.level                                                as outlet_level,
  v.week_start,
  to_char(v.week_start, 'IYYY-"W"IW')                    as iso_week,
  v.items,
  v.originals,
  v.reprints,
  v.regional_items,
  v.relevant_items,
  v.matched_items
from research.outlet_week_counts(research.report_time_zone()) v
join outlets o on o.id = v.outlet_id;
