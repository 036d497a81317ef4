package org.oscc.chamberlain.importing;

/**
 * Builds one record (an organization with its contact, a contribution...) from a row whose fields are already
 * read. Supplied by the importing feature; it checks what only it knows (a renewal before the join date, an unknown
 * project) through {@link MappedRow#problem}. It may return null once it has recorded a problem.
 */
@FunctionalInterface
public interface RowMapper<T> {
    T map(MappedRow row);
}
