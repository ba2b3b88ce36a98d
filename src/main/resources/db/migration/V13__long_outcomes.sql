-- A flow's outcome names every channel the consent reached, one line each (about 100 characters).
-- 4000 characters held some 40 channels: a person managing 60 Facebook Pages got a 500 from the
-- callback and the flow stayed "in progress" although its channels were made. A million characters
-- hold some 10,000 lines, more than any network lists for one person (Facebook: 2,000 Pages read).
-- `set data type` is understood by H2 (2.2, default mode) and PostgreSQL alike; on PostgreSQL,
-- widening a varchar rewrites nothing. (Numbered 13: 12 is taken by other work.)
alter table authorization_flow alter column outcome set data type varchar(1000000);
