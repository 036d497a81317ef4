package org.oscc.chamberlain.importing;

/** What kind of value a field holds, which decides how {@link ValueParsers} reads what people typed. */
public enum ValueType {
    /** Any text, kept exactly as written apart from surrounding spaces (line breaks, accents, emoji survive). */
    TEXT,
    /** A whole number of 0 or more; thousands separators allowed: "1,200", "1 200", "1.200". Gives Integer. */
    COUNT,
    /** Hours as people write them ("1.5", "1,5", "1:30", "1h30", "90 min"); gives Integer minutes. */
    HOURS,
    /** Like HOURS, but a bare number means minutes ("90" is 90 minutes); gives Integer minutes. */
    MINUTES,
    /** A percentage ("2.5", "2,5 %"); gives Integer basis points (250). */
    PERCENT,
    /** yes/no, oui/non, true/false, vrai/faux, 1/0, x (and empty for no value); gives Boolean. */
    BOOLEAN,
    /** One of the field's choices, case, accents and punctuation ignored, English or French; gives the choice's code. */
    CHOICE,
    /** A web address; "example.org" becomes "https://example.org". Gives String. */
    WEBSITE,
    /** An e-mail address, loosely checked (one @, a dotted domain, no spaces). Gives String. */
    EMAIL,
    /** A calendar date in one of the formats listed in docs/import-formats.md. Gives LocalDate. */
    DATE
}
