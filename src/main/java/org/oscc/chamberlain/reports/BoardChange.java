package org.oscc.chamberlain.reports;

import java.time.LocalDate;

/**
 * Something that changed since the previous board report: a member joined ({@code change} ACTIVE), lapsed (LAPSED)
 * or withdrew (WITHDRAWN), with its tier as the detail, or a pledge was signed (PLEDGE), to the project in detail.
 */
public record BoardChange(LocalDate on, String change, String memberName, String detail) {
}
