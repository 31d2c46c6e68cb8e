-- The names of a build's password parameters, so that the API shows their values as ****.
ALTER TABLE builds ADD COLUMN secret_parameters VARCHAR(2000);
