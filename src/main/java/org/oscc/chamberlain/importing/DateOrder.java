package org.oscc.chamberlain.importing;

/** How to read a numeric date such as 03/04/2025 whose day and month could be swapped. */
public enum DateOrder {
    /** Not chosen: only dates whose day is over 12 (or equals the month) are read; others are reported. */
    UNDECIDED,
    /** 03/04/2025 is 3 April 2025 (Canada French, Europe). */
    DAY_FIRST,
    /** 03/04/2025 is March 4, 2025 (United States). */
    MONTH_FIRST
}
