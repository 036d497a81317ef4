package org.oscc.chamberlain.sample;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.oscc.chamberlain.sample.SampleChamber.Contact;
import org.oscc.chamberlain.sample.SampleChamber.Organization;
import org.oscc.chamberlain.sample.SampleChamber.StatusChange;

/** The sample's member organizations, their lifecycle history and their people. All names are made up. */
record SampleMembers(List<Organization> organizations, List<StatusChange> statusChanges, List<Contact> contacts) {

    /** name, kind, sector, city, IT headcount, total headcount, tier, status, years a member, renewal in days, extra contacts. */
    private static final Object[][] ORGANIZATIONS = {
        {"Lakeshore Mutual Insurance", "COMPANY", "Insurance", "Toronto", 420, 3800, "Patron", "ACTIVE", 5, 142, 3},
        {"Kensington Market Credit Union", "COMPANY", "Financial services", "Toronto", 38, 310, "Partner", "ACTIVE", 3, 12, 1},
        {"Spadina Robotics", "COMPANY", "Manufacturing", "Toronto", 24, 95, "Supporter", "ACTIVE", 2, 201, 1},
        {"Don Valley Logistics", "COMPANY", "Transportation and logistics", "Vaughan", 65, 1200, "Partner", "ACTIVE", 2, 88, 1},
        {"Queen West Design Studio", "COMPANY", "Creative services", "Toronto", 9, 42, "Community", "ACTIVE", 1, 260, 0},
        {"Bathurst Health Analytics", "COMPANY", "Health technology", "Toronto", 31, 120, "Supporter", "ACTIVE", 2, 5, 1},
        {"Leslieville Software Co-op", "COMPANY", "Software", "Toronto", 18, 22, "Community", "ACTIVE", 1, 330, 1},
        {"Yonge & Eglinton Fintech", "COMPANY", "Financial technology", "Toronto", 35, 140, "Supporter", "ACTIVE", 3, -9, 1},
        {"Harbourfront Media Group", "COMPANY", "Media", "Toronto", 45, 600, "Partner", "WITHDRAWN", 4, -150, 1},
        {"Distillery District Games", "COMPANY", "Video games", "Toronto", 27, 80, "Supporter", "ACTIVE", 2, 175, 1},
        {"Mississauga Aerospace Components", "COMPANY", "Aerospace", "Mississauga", 110, 2100, "Partner", "ACTIVE", 4, 63, 2},
        {"Markham Semiconductor Labs", "COMPANY", "Semiconductors", "Markham", 40, 520, "Partner", "ACTIVE", 3, 230, 1},
        {"Etobicoke Grocers Group", "COMPANY", "Retail", "Toronto", 30, 4500, "Supporter", "LAPSED", 3, -40, 1},
        {"Annex Analytics", "COMPANY", "Data and analytics", "Toronto", 12, 30, "Community", "ACTIVE", 1, 270, 1},
        {"Cabbagetown Cloud Hosting", "COMPANY", "Cloud services", "Toronto", 8, 15, "Community", "ACTIVE", 2, 120, 0},
        {"Parkdale Payments", "COMPANY", "Financial technology", "Toronto", 55, 180, "Supporter", "ACTIVE", 2, 26, 1},
        {"Scarborough Telecom", "COMPANY", "Telecommunications", "Toronto", 60, 900, "Partner", "ACTIVE", 3, 300, 1},
        {"Brampton Freight Systems", "COMPANY", "Transportation and logistics", "Brampton", 20, 350, null, "PROSPECT", 0, 0, 0},
        {"Lakeview Municipal Services", "PUBLIC_SECTOR", "Municipal government", "Mississauga", 150, 5200, "Partner", "ACTIVE", 3, 95, 2},
        {"Regional Transit Data Office", "PUBLIC_SECTOR", "Public transit", "Toronto", 25, 140, "Supporter", "LAPSED", 2, -210, 1},
        {"Humber Bay Regional Health Network", "PUBLIC_SECTOR", "Health care", "Toronto", 200, 8000, "Patron", "ACTIVE", 2, 185, 2},
        {"Greater Toronto Library Cooperative", "NON_PROFIT", "Libraries", "Toronto", 14, 260, "Community", "ACTIVE", 4, 150, 1},
        {"Toronto Civic Tech Collective", "NON_PROFIT", "Civic technology", "Toronto", 6, 6, "Community", "ACTIVE", 5, 45, 1},
        {"Danforth Community Health Centre", "NON_PROFIT", "Community health", "Toronto", 5, 70, "Community", "ACTIVE", 1, 210, 0},
        {"Ontario Newcomer Skills Network", "NON_PROFIT", "Education and training", "Toronto", 4, 35, "Community", "ACTIVE", 2, 160, 0},
        {"Scarborough Bluffs College", "ACADEMIC", "Post-secondary education", "Toronto", 85, 1900, "Partner", "ACTIVE", 3, 240, 2},
        {"Yorkdale Institute of Technology", "ACADEMIC", "Post-secondary education", "Toronto", 60, 1400, "Supporter", "ACTIVE", 1, 355, 1},
        {"Pickering Clean Energy", "COMPANY", "Energy", "Pickering", 33, 410, null, "PROSPECT", 0, 0, 0},
    };

    /** Primaries first (one per organization, in order), then the extra people, then the standalone maintainers. */
    private static final String[] NAMES = {
        "Zoë Tremblay", "Thérèse Gagnon", "Priya Raghunathan", "Kwame Mensah", "Mei-Ling Chen", "Olamide Adeyemi",
        "Tomasz Kowalczyk", "Giulia Romano", "Ahmed Farouk", "Fatima Haidari", "Nikhil Patel", "Carlos Medeiros",
        "Daniela Restrepo", "Hyun-woo Park", "Thanh Nguyen", "Siobhán O'Connor", "Jean-François Bélanger",
        "Amara Okafor", "Rohan D'Souza", "Yasmin Haddad", "Lucía Fernández", "Oksana Shevchenko", "Kofi Boateng",
        "Gurpreet Sandhu", "Tenzin Dolma", "Wei Zhang", "Leila Ahmadi", "Ravi Subramanian",
        "Chioma Eze", "Noah Cohen", "Ji-woo Kim", "Maria Santos", "Paolo Esposito", "Ayesha Siddiqui",
        "Sophie Lévesque", "François Côté", "Mateus Oliveira", "Eleni Papadopoulos", "Björn Lindqvist",
        "Nadia Rahman", "Hamza Yusuf", "Keisha Campbell", "Marcus Thompson", "Ewa Nowak", "Samira Benali",
        "Jun Tanaka", "Kateryna Bondarenko", "Tariq Mahmood", "Grace Liu", "Anjali Mehta", "Owen MacLeod",
        "Camila Torres", "Deepa Iyer", "Ioana Popescu", "Arjun Sharma", "Zainab Abdi",
        "Marisol Reyes", "Dmitri Volkov", "Aaliyah Grant", "Joaquín Herrera",
    };
    static final int STANDALONE_MAINTAINERS = 4;
    private static final String[] EXTRA_ROLES = {"OSPO Lead", "Senior Software Engineer", "Platform Engineer",
        "Developer Advocate", "Engineering Manager", "Data Engineer", "Security Engineer"};

    static SampleMembers build(LocalDate today, Random random) {
        List<Organization> orgs = new ArrayList<>();
        List<StatusChange> changes = new ArrayList<>();
        for (int i = 0; i < ORGANIZATIONS.length; i++) {
            Object[] row = ORGANIZATIONS[i];
            String name = (String) row[0];
            String status = (String) row[7];
            boolean prospect = "PROSPECT".equals(status);
            LocalDate renewal = prospect ? null : today.plusDays((int) row[9]);
            LocalDate since = prospect ? null : renewal.minusYears((int) row[8]);
            orgs.add(new Organization(name, (String) row[1], (String) row[2], "https://" + domain(name),
                    (String) row[3], (int) row[4], (int) row[5], (String) row[6], status, since, renewal,
                    prospect ? "Met at the last pitch night; follow up about membership." : null));
            if (prospect) {
                changes.add(new StatusChange(i, "PROSPECT", today.minusDays(30 + random.nextInt(60))));
                continue;
            }
            changes.add(new StatusChange(i, "PROSPECT", since.minusDays(30 + random.nextInt(60))));
            changes.add(new StatusChange(i, "ACTIVE", since));
            if (!"ACTIVE".equals(status)) {
                changes.add(new StatusChange(i, status, renewal.plusDays(1)));
            }
        }
        return new SampleMembers(orgs, changes, contacts(orgs, random));
    }

    private static List<Contact> contacts(List<Organization> orgs, Random random) {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            Organization org = orgs.get(i);
            contacts.add(person(NAMES[i], i, primaryRole(org), domain(org.name()), org.city(), true, random));
        }
        int next = orgs.size();
        for (int i = 0; i < orgs.size(); i++) {
            Organization org = orgs.get(i);
            for (int k = 0; k < (int) ORGANIZATIONS[i][10]; k++) {
                String role = EXTRA_ROLES[(next + k) % EXTRA_ROLES.length];
                contacts.add(person(NAMES[next++], i, role, domain(org.name()), org.city(), false, random));
            }
        }
        for (int k = 0; k < STANDALONE_MAINTAINERS; k++) {
            contacts.add(person(NAMES[next++], null, "Project maintainer", "mail.example.net", "Toronto", false,
                    random));
        }
        return contacts;
    }

    private static Contact person(String name, Integer org, String role, String domain, String city, boolean primary,
            Random random) {
        // Some people have not given an e-mail address, and some have not agreed to receive mail.
        boolean hasEmail = random.nextInt(100) >= (primary ? 4 : 10);
        boolean consent = hasEmail && random.nextInt(100) >= 15;
        String email = hasEmail ? localPart(name) + "@" + domain : null;
        String area = "Toronto".equals(city) ? (random.nextBoolean() ? "416" : "647") : "905";
        String phone = random.nextInt(100) < 70 ? area + "-555-01" + String.format("%02d", random.nextInt(100)) : null;
        return new Contact(org, name, role, email, phone, primary, consent);
    }

    private static String primaryRole(Organization org) {
        return switch (org.kind()) {
            case "PUBLIC_SECTOR" -> "Director of Digital Services";
            case "NON_PROFIT" -> "Executive Director";
            case "ACADEMIC" -> "Chief Information Officer";
            default -> org.itHeadcount() >= 50 ? "Chief Information Officer" : "Chief Technology Officer";
        };
    }

    /** "Yonge & Eglinton Fintech" gives yongeeglintonfintech.example.com (example.com is reserved for examples). */
    static String domain(String organizationName) {
        return ascii(organizationName).replaceAll("[^a-z0-9]", "") + ".example.com";
    }

    /** "Jean-François Bélanger" gives jean-francois.belanger. */
    static String localPart(String fullName) {
        return ascii(fullName).replace("'", "").trim().replaceAll("\\s+", ".");
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
