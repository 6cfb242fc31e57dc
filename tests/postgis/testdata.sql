-- SPDX-License-Identifier: GPL-3.0-or-later
-- The database tests' tables (synthetic test fixtures, not geodata: nothing here is shown as a fact).
CREATE EXTENSION postgis;

-- The planners' login: read-only, as docs/postgis.md sets one up.
CREATE ROLE planner LOGIN PASSWORD 'atlas-test-password';

-- A 100 × 100 grid of points over Mexico's extent (lon −117 … −87.3, lat 14.5 … 31.825), with a GiST index.
CREATE TABLE sites (id integer PRIMARY KEY, name text NOT NULL, category text NOT NULL, geom geometry(Point, 4326));
INSERT INTO sites
SELECT i * 100 + j, 'site ' || i || '-' || j,
       (ARRAY['assembly', 'logistics', 'components'])[1 + (i + j) % 3],
       ST_SetSRID(ST_MakePoint(-117 + i * 0.3, 14.5 + j * 0.175), 4326)
  FROM generate_series(0, 99) AS i, generate_series(0, 99) AS j;
CREATE INDEX sites_geom ON sites USING gist (geom);

-- The same rows without a spatial index: every fetch is a sequential scan, which the table list says.
CREATE TABLE sites_unindexed AS SELECT * FROM sites;

-- The same rows in UTM zone 14N (EPSG:32614): another CRS, filtered in its own metres.
CREATE TABLE sites_utm AS SELECT id, name, category, ST_Transform(geom, 32614)::geometry(Point, 32614) AS geom FROM sites;
CREATE INDEX sites_utm_geom ON sites_utm USING gist (geom);

-- A view of one category.
CREATE VIEW assembly_sites AS SELECT * FROM sites WHERE category = 'assembly';

-- Enough rows that a load is still running when the server is stopped under it (the mid-load test).
CREATE TABLE many_points (id integer PRIMARY KEY, geom geometry(Point, 4326));
INSERT INTO many_points
SELECT n, ST_SetSRID(ST_MakePoint(-117 + (n % 1000) * 0.0297, 14.5 + (n / 1000) * 0.0433), 4326)
  FROM generate_series(0, 399999) AS n;
CREATE INDEX many_points_geom ON many_points USING gist (geom);

-- A table the planner may not read.
CREATE TABLE restricted_sites AS SELECT * FROM sites LIMIT 10;

GRANT USAGE ON SCHEMA public TO planner;
GRANT SELECT ON sites, sites_unindexed, sites_utm, assembly_sites, many_points, spatial_ref_sys, geometry_columns
   TO planner;
ANALYZE;
