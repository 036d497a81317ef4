package org.oscc.chamberlain.dashboard;

/** Counts of what the chamber holds, for the dashboard's first glance and the first-run prompt. */
public record ChamberOverview(String chamberName, int organizations, int contacts, int projects, int pledges,
        int contributions, int pitchNights) {

    public boolean isEmpty() {
        return organizations == 0 && contacts == 0 && projects == 0 && pledges == 0 && contributions == 0
                && pitchNights == 0;
    }
}
