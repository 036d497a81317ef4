package org.oscc.chamberlain.importing;

/** A row read without problem, as the record its mapper built. */
public record ValidRow<T>(int row, T record) {
}
