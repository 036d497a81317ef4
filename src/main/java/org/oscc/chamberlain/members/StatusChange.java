package org.oscc.chamberlain.members;

import java.time.LocalDate;

/** One step of an organization's lifecycle: it became {@code status} on {@code changedOn}. */
public record StatusChange(MemberStatus status, LocalDate changedOn) {
}
