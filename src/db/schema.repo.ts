/** Named queries about the database schema itself. */
export const SHOW_CONSTRAINT_NAMES = 'SHOW CONSTRAINTS YIELD name RETURN name';
export const SHOW_INDEX_NAMES = 'SHOW INDEXES YIELD name, state RETURN name, state';
