-- The server and the gateway nodes keep their state in separate databases of one PostgreSQL.
CREATE DATABASE slipway_gateway OWNER slipway;
