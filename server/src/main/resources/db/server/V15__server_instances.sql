-- Which process holds a server id (instance: new at every start) and from which data folder (data_folder:
-- the key kept in that folder's server.lock). A server started with the id of a live server from another
-- data folder is refused; a restart on the same data folder takes its id back at once; and a server renews
-- only its own row, so it notices when another process has taken its id.
ALTER TABLE servers ADD COLUMN instance VARCHAR(64);
ALTER TABLE servers ADD COLUMN data_folder VARCHAR(64);
