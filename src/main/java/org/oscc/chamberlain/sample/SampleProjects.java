package org.oscc.chamberlain.sample;

import java.util.ArrayList;
import java.util.List;
import org.oscc.chamberlain.sample.SampleChamber.Contact;
import org.oscc.chamberlain.sample.SampleChamber.Project;
import org.oscc.chamberlain.sample.SampleChamber.ProjectPerson;

/** The sample's open-source projects (made-up names, example.org addresses) and their key people. */
record SampleProjects(List<Project> projects, List<ProjectPerson> people) {

    /** Indexes into the project list, named for the pledges and pitches that refer to them. */
    static final int MAPLEWOOD = 0;
    static final int TIDEWATER = 1;
    static final int STREETCAR_SYNC = 2;
    static final int RAVINE_LINT = 3;
    static final int TRILLIUM_FORMS = 4;
    static final int COBBLESTONE = 5;
    static final int LOONIE_LEDGER = 6;
    static final int SKYLINE_TILES = 7;
    static final int BILINGO = 8;
    static final int PORTAGE = 9;
    static final int MUSKOKA_RUNNERS = 10;
    static final int TUQUE = 11;
    static final int LAKEBED_ARCHIVE = 12;
    static final int HARBOUR_QUEUE = 13;
    static final int BIRCHBARK_DOCS = 14;

    /**
     * name, licence, stage, description, maintainer, second person. A person is given as an organization index
     * (its first non-primary contact, else its primary) or as -1 - k for the k-th standalone maintainer.
     */
    private static final Object[][] PROJECTS = {
        {"Maplewood", "Apache-2.0", "ESTABLISHED", "A catalogue for municipal open data sets.", 18, 0},
        {"Tidewater", "Apache-2.0", "ESTABLISHED", "Stream processing for environmental sensor feeds.", -1, 13},
        {"Streetcar Sync", "MIT", "ESTABLISHED", "A toolkit for real-time transit feeds (GTFS-RT).", 22, 19},
        {"Ravine Lint", "MPL-2.0", "EMERGING", "An accessibility linter for web forms.", 4, -2},
        {"Trillium Forms", "Apache-2.0", "EMERGING", "A bilingual (English/French) forms library.", 24, 5},
        {"Cobblestone", "MIT", "ESTABLISHED", "A static site generator for community groups.", -2, null},
        {"Loonie Ledger", "AGPL-3.0-only", "EMERGING", "Double-entry bookkeeping for small non-profits.", 15, null},
        {"Skyline Tiles", "BSD-3-Clause", "ESTABLISHED", "A vector map tile server.", 10, -3},
        {"Bilingo", "MPL-2.0", "EMERGING", "A translation memory for English/French applications.", 25, null},
        {"Portage", "Apache-2.0", "ESTABLISHED", "Schema migrations and bulk data moves between databases.", 16, null},
        {"Muskoka Runners", "MIT", "EMERGING", "Self-hosted continuous-integration runners.", 14, null},
        {"Tuque", "GPL-3.0-or-later", "EMERGING", "A command-line toolkit for hardware test benches.", 11, null},
        {"Lakebed Archive", "EPL-2.0", "EMERGING", "Long-term archiving of health records.", 20, -4},
        {"Harbour Queue", "Apache-2.0", "ESTABLISHED", "A lightweight, durable job queue.", 3, null},
        {"Birchbark Docs", "BSD-2-Clause", "EMERGING", "A documentation theme and toolkit.", 21, null},
    };

    static SampleProjects build(List<Contact> contacts) {
        List<Project> projects = new ArrayList<>();
        List<ProjectPerson> people = new ArrayList<>();
        for (int i = 0; i < PROJECTS.length; i++) {
            Object[] row = PROJECTS[i];
            String name = (String) row[0];
            String slug = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            projects.add(new Project(name, slug, "https://git.example.org/" + slug + "/" + slug,
                    "https://" + slug + ".example.org", (String) row[1], (String) row[2], (String) row[3]));
            people.add(new ProjectPerson(i, person(contacts, (Integer) row[4]), "Maintainer"));
            if (row[5] != null) {
                people.add(new ProjectPerson(i, person(contacts, (Integer) row[5]),
                        i % 2 == 0 ? "Community lead" : "Release manager"));
            }
        }
        return new SampleProjects(projects, people);
    }

    /** The contact who speaks for project {@code project}: its maintainer. */
    int maintainer(int project) {
        return people.stream().filter(p -> p.project() == project).findFirst().orElseThrow().contact();
    }

    private static int person(List<Contact> contacts, int ref) {
        if (ref < 0) {
            int k = -1 - ref;
            List<Integer> standalone = new ArrayList<>();
            for (int c = 0; c < contacts.size(); c++) {
                if (contacts.get(c).organization() == null) {
                    standalone.add(c);
                }
            }
            return standalone.get(k);
        }
        int primary = -1;
        for (int c = 0; c < contacts.size(); c++) {
            Contact contact = contacts.get(c);
            if (contact.organization() != null && contact.organization() == ref) {
                if (!contact.primary()) {
                    return c;
                }
                primary = c;
            }
        }
        return primary;
    }
}
