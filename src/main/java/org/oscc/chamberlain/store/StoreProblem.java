package org.oscc.chamberlain.store;

/** Why a store cannot be used. Each kind maps to CLI exit code 3 and to a readable message in the window. */
public enum StoreProblem {
    /** Another running Chamberlain has the store open. */
    LOCKED,
    /** The file exists but is not an SQLite database. */
    NOT_A_DATABASE,
    /** The file looks like SQLite but cannot be read (damaged). */
    CORRUPT,
    /** The store was written by a newer Chamberlain. */
    NEWER_SCHEMA,
    /** The folder or file cannot be created, read or written. */
    INACCESSIBLE
}
