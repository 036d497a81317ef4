package org.oscc.chamberlain.store;

/** An unexpected failure while reading or writing an open store (a bug or a broken disk, not a user mistake). */
public class StoreAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
