-- 003_research_views: reserved; filled in by the work on this part (see the issue).
select 1;
