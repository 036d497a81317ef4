package org.oscc.chamberlain.calendar;

/** Where a session stands (the pitch night's status), and the STATUS an invite gives it. */
public enum SessionStatus {
    DRAFT("TENTATIVE"),
    SCHEDULED("CONFIRMED"),
    CANCELLED("CANCELLED"),
    HELD("CONFIRMED");

    private final String icalStatus;

    SessionStatus(String icalStatus) {
        this.icalStatus = icalStatus;
    }

    public String icalStatus() {
        return icalStatus;
    }
}
