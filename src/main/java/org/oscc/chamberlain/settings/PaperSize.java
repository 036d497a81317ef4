package org.oscc.chamberlain.settings;

/** The paper a board report is laid out for: Letter in North America, A4 nearly everywhere else. */
public enum PaperSize {
    LETTER,
    A4
}
