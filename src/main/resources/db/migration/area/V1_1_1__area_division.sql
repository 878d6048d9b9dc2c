-- area: the administrative tree and its boundaries (polygons as WKT, WGS-84)
create table area_division (
  code          varchar(12) primary key,
  name          varchar(100) not null,
  level         varchar(10)  not null,
  parent_code   varchar(12),
  lon           double precision,
  lat           double precision,
  centre_source varchar(12)
);
create index area_division_parent on area_division (parent_code);

create table area_boundary (
  code   varchar(12) primary key,
  source varchar(12) not null,
  wkt    text not null
);
