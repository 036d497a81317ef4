package org.oscc.chamberlain.pledges.ui;

/** An entry of a member or project picker: an id (null for "all" or for the general pool) and the name shown. */
record Choice(Long id, String name) {
    /** Stands for the general pool among project choices of the project filter. */
    static final long GENERAL_POOL = -1L;

    @Override
    public String toString() {
        return name;
    }
}
