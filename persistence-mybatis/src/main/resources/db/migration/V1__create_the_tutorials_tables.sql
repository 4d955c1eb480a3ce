-- The tutorial's schema, exactly as Flask-SQLAlchemy's db.create_all() creates it on MariaDB.
--
-- Runlog starts where the tutorial ends: this is version 1 of every Runlog database. A database
-- that the tutorial made is already at this version, so Flyway adopts it by recording a baseline
-- at 1 (spring.flyway.baseline-on-migrate) and applies only what follows; a new database gets
-- these tables here. From version 2 on, both are the same.

CREATE TABLE user (
	id INTEGER NOT NULL AUTO_INCREMENT,
	username VARCHAR(80) NOT NULL,
	email VARCHAR(120) NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (email)
);

CREATE TABLE run (
	id INTEGER NOT NULL AUTO_INCREMENT,
	distance FLOAT NOT NULL,
	mood VARCHAR(50),
	user_id INTEGER NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(user_id) REFERENCES user (id)
);
