-- 阳谷经济开发区规划工作台 · 局内数据库的角色与权限（issue 16）
-- The bureau's server database: three roles the staff's logins are members of, and what each may do. The server
-- itself refuses what a role may not do, whatever program asks.
--
--   管理员 yanggu_admin  : creates and upgrades the workbench's tables (the first start of the workbench, and the first
--                          start of a new version, must be by a 管理员), locks years (定稿), changes the admission
--                          standards (入园门槛), restores the database from a backup (restore --in … --to …),
--                          everything an 编辑 does.
--   编辑   yanggu_editor : reads and changes the plan's data; not the locks, not the standards.
--   只读   yanggu_reader : reads only (views, exports, charts, deck, reports).
--
-- For IT, as the PostgreSQL superuser (see README, 局内数据库):
--   createdb -U postgres -E UTF8 -T template0 yanggu_plan
--   psql -U postgres -d yanggu_plan -f bureau-roles.sql
--   psql -U postgres -d yanggu_plan -c "CREATE ROLE wang LOGIN PASSWORD '…' IN ROLE yanggu_admin" \
--        -c "ALTER ROLE wang SET ROLE yanggu_admin"      -- a 管理员 works as the role, so the tables are the role's
--   psql -U postgres -d yanggu_plan -c "CREATE ROLE li LOGIN PASSWORD '…' IN ROLE yanggu_editor"
--   psql -U postgres -d yanggu_plan -c "CREATE ROLE zhao LOGIN PASSWORD '…' IN ROLE yanggu_reader"
-- Then the 管理员 starts the workbench once on the database (it creates the tables), and IT runs this script once
-- more (it takes the locks and standards back from the editors). Run it again after each new version's first start.
-- The script can run any number of times.

DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yanggu_admin') THEN CREATE ROLE yanggu_admin NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yanggu_editor') THEN CREATE ROLE yanggu_editor NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yanggu_reader') THEN CREATE ROLE yanggu_reader NOLOGIN; END IF; END $$;

-- only the three roles connect to this database
DO $$ BEGIN EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()); EXECUTE format('GRANT CONNECT ON DATABASE %I TO yanggu_admin, yanggu_editor, yanggu_reader', current_database()); END $$;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO yanggu_admin;
GRANT USAGE ON SCHEMA public TO yanggu_editor, yanggu_reader;

-- tables the 管理员's workbench creates from now on
ALTER DEFAULT PRIVILEGES FOR ROLE yanggu_admin IN SCHEMA public GRANT SELECT ON TABLES TO yanggu_editor, yanggu_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE yanggu_admin IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO yanggu_editor;

-- tables already there
GRANT SELECT ON ALL TABLES IN SCHEMA public TO yanggu_editor, yanggu_reader;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO yanggu_editor;

-- 定稿 and the admission standards: the 管理员 only
DO $$ BEGIN IF to_regclass('public.year_lock') IS NOT NULL THEN REVOKE INSERT, UPDATE, DELETE ON year_lock, threshold, threshold_version FROM yanggu_editor; END IF; END $$;
