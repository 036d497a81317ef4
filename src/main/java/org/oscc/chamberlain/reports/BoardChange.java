package org.oscc.chamberlain.reports;

import java.time.LocalDate;

/** Something that changed since the previous board report: a member joined, lapsed or withdrew, or a pledge signed. */
public record BoardChange(LocalDate on, String change, String memberName, String detail) {
}
