package org.oscc.chamberlain.sample;

import static org.oscc.chamberlain.sample.SampleProjects.BILINGO;
import static org.oscc.chamberlain.sample.SampleProjects.BIRCHBARK_DOCS;
import static org.oscc.chamberlain.sample.SampleProjects.COBBLESTONE;
import static org.oscc.chamberlain.sample.SampleProjects.HARBOUR_QUEUE;
import static org.oscc.chamberlain.sample.SampleProjects.LAKEBED_ARCHIVE;
import static org.oscc.chamberlain.sample.SampleProjects.LOONIE_LEDGER;
import static org.oscc.chamberlain.sample.SampleProjects.MUSKOKA_RUNNERS;
import static org.oscc.chamberlain.sample.SampleProjects.PORTAGE;
import static org.oscc.chamberlain.sample.SampleProjects.RAVINE_LINT;
import static org.oscc.chamberlain.sample.SampleProjects.SKYLINE_TILES;
import static org.oscc.chamberlain.sample.SampleProjects.TRILLIUM_FORMS;
import static org.oscc.chamberlain.sample.SampleProjects.TUQUE;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.oscc.chamberlain.sample.SampleChamber.AgendaSlot;
import org.oscc.chamberlain.sample.SampleChamber.Contact;
import org.oscc.chamberlain.sample.SampleChamber.Invitation;
import org.oscc.chamberlain.sample.SampleChamber.PitchNight;

/** The sample's four pitch nights: two held, one scheduled about three weeks ahead, one draft. */
final class SamplePitchNights {
    static final String ZONE = "America/Toronto";
    /** Positions in the held nights' agendas of the pitches that won a pledge (see SamplePledges). */
    static final int FIRST_NIGHT_TRILLIUM_SLOT = 0;
    static final int SECOND_NIGHT_LOONIE_SLOT = 1;
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    private SamplePitchNights() {
    }

    static List<PitchNight> build(LocalDate today, LocalDateTime nowUtc, Random random, List<Contact> contacts,
            SampleProjects projects) {
        Agenda first = new Agenda(projects)
                .pitch(TRILLIUM_FORMS, "Trillium Forms: one bilingual form for every service counter", 2400,
                        "Java, accessibility testing, French translation")
                .pitch(PORTAGE, "Portage 2.0: moving data without downtime", 3000, "Rust, PostgreSQL, SQLite")
                .pause()
                .pitch(LAKEBED_ARCHIVE, "Lakebed Archive: records that outlive their systems", 1800,
                        "Security review, Java, records management")
                .pitch(SKYLINE_TILES, "Skyline Tiles: maps for every neighbourhood", 1200, "Go, cartography, CSS");
        Agenda second = new Agenda(projects)
                .pitch(RAVINE_LINT, "Ravine Lint: catching inaccessible forms before release", 1200,
                        "TypeScript, screen-reader testing")
                .pitch(LOONIE_LEDGER, "Loonie Ledger: bookkeeping a volunteer treasurer can love", 2400,
                        "Kotlin, accounting, UX design")
                .pause()
                .pitch(BILINGO, "Bilingo: translation memory for English and French apps", 1800,
                        "Python, French translation, linguistics")
                .pitch(TUQUE, "Tuque: scripting hardware test benches", 900, "C, embedded Linux");
        Agenda upcoming = new Agenda(projects)
                .pitch(MUSKOKA_RUNNERS, "Muskoka Runners: CI you can host in a closet", 1500, "Go, Linux, networking")
                .pitch(COBBLESTONE, "Cobblestone: websites for community groups in an afternoon", 900,
                        "Technical writing, templates, CSS")
                .pause()
                .pitch(BIRCHBARK_DOCS, "Birchbark Docs: documentation that reads well in both languages", 1200,
                        "Technical writing, French translation");
        Agenda draft = new Agenda(projects)
                .pitch(HARBOUR_QUEUE, "Harbour Queue (to be confirmed)", 1200, "Java, distributed systems");

        LocalDate firstDay = today.minusDays(300).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        LocalDate secondDay = today.minusDays(120).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        LocalDate upcomingDay = today.plusDays(18).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        LocalDate draftDay = today.plusDays(110).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        Invitations invitations = new Invitations(random, contacts, nowUtc);
        return List.of(
                night(firstDay, "HELD", "Lakeshore Mutual Community Room", "200 Queens Quay West, Toronto, ON",
                        null, 60, 2, first, invitations.held(first, 24, atSixUtc(firstDay))),
                night(secondDay, "HELD", "Scarborough Bluffs College, Innovation Hub",
                        "1265 Military Trail, Toronto, ON", null, 80, 1, second,
                        invitations.held(second, 22, atSixUtc(secondDay))),
                night(upcomingDay, "SCHEDULED", "Kensington Community Hall", "42 Augusta Avenue, Toronto, ON",
                        "https://meet.example.org/oscc-pitch-night", 70, 1, upcoming,
                        invitations.upcoming(upcoming, 20, atSixUtc(upcomingDay))),
                night(draftDay, "DRAFT", null, null, null, null, 0, draft, List.of()));
    }

    private static PitchNight night(LocalDate day, String status, String venue, String address, String online,
            Integer capacity, int sequence, Agenda agenda, List<Invitation> invitations) {
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String uid = UUID.nameUUIDFromBytes(("oscc-sample-pitch-night-" + day).getBytes(StandardCharsets.UTF_8))
                + "@chamberlain.oscc.example";
        return new PitchNight("Pitch night, " + month + " " + day.getYear(), day.atTime(SIX_PM), ZONE, 150, venue,
                address, online, capacity, status,
                "Open-source projects pitch for volunteer hours; members pledge their people's time.", uid, sequence,
                agenda.slots, invitations);
    }

    private static LocalDateTime atSixUtc(LocalDate day) {
        return day.atTime(SIX_PM).atZone(ZoneId.of(ZONE)).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** Agenda slots in order; each pitch is presented by the project's maintainer. */
    private static final class Agenda {
        private final SampleProjects projects;
        private final List<AgendaSlot> slots = new ArrayList<>();

        Agenda(SampleProjects projects) {
            this.projects = projects;
        }

        Agenda pitch(int project, String title, int askMinutes, String askSkills) {
            slots.add(new AgendaSlot("PITCH", project, projects.maintainer(project), title, 12, askMinutes,
                    askSkills));
            return this;
        }

        Agenda pause() {
            slots.add(new AgendaSlot("BREAK", null, null, "Break and networking", 20, null, null));
            return this;
        }

        Set<Integer> presenters() {
            Set<Integer> presenters = new LinkedHashSet<>();
            slots.stream().filter(s -> s.presenter() != null).forEach(s -> presenters.add(s.presenter()));
            return presenters;
        }
    }

    /** Who was invited and how they answered; presenters are always invited and come. */
    private static final class Invitations {
        private final Random random;
        private final List<Integer> reachable = new ArrayList<>();
        private final LocalDateTime nowUtc;

        Invitations(Random random, List<Contact> contacts, LocalDateTime nowUtc) {
            this.random = random;
            this.nowUtc = nowUtc;
            for (int c = 0; c < contacts.size(); c++) {
                if (contacts.get(c).email() != null) {
                    reachable.add(c);
                }
            }
        }

        List<Invitation> held(Agenda agenda, int count, LocalDateTime startUtc) {
            LocalDateTime invited = startUtc.minusDays(28);
            List<Invitation> list = new ArrayList<>();
            for (int contact : invitees(agenda, count)) {
                LocalDateTime answered = invited.plusDays(1 + random.nextInt(14)).plusMinutes(random.nextInt(600));
                if (agenda.presenters().contains(contact)) {
                    list.add(new Invitation(contact, "ACCEPTED", invited, answered, "ATTENDED"));
                    continue;
                }
                int roll = random.nextInt(100);
                String rsvp = roll < 60 ? "ACCEPTED" : roll < 80 ? "TENTATIVE" : "DECLINED";
                String attendance = switch (rsvp) {
                    case "ACCEPTED" -> random.nextInt(100) < 85 ? "ATTENDED" : "NO_SHOW";
                    case "TENTATIVE" -> random.nextBoolean() ? "ATTENDED" : "NO_SHOW";
                    default -> null;
                };
                list.add(new Invitation(contact, rsvp, invited, answered, attendance));
            }
            return list;
        }

        List<Invitation> upcoming(Agenda agenda, int count, LocalDateTime startUtc) {
            LocalDateTime invited = startUtc.minusDays(28).isBefore(nowUtc) ? startUtc.minusDays(28)
                    : nowUtc.minusDays(2);
            List<Invitation> list = new ArrayList<>();
            for (int contact : invitees(agenda, count)) {
                LocalDateTime answered = invited.plusHours(2 + random.nextInt(24 * 6));
                if (answered.isAfter(nowUtc)) {
                    answered = nowUtc.minusHours(1);
                }
                if (agenda.presenters().contains(contact)) {
                    list.add(new Invitation(contact, "ACCEPTED", invited, answered, null));
                    continue;
                }
                int roll = random.nextInt(100);
                String rsvp = roll < 45 ? "ACCEPTED" : roll < 60 ? "TENTATIVE" : roll < 75 ? "DECLINED" : "INVITED";
                list.add(new Invitation(contact, rsvp, invited, "INVITED".equals(rsvp) ? invited : answered, null));
            }
            return list;
        }

        private List<Integer> invitees(Agenda agenda, int count) {
            Set<Integer> chosen = new LinkedHashSet<>(agenda.presenters());
            List<Integer> pool = new ArrayList<>(reachable);
            Collections.shuffle(pool, random);
            for (int c : pool) {
                if (chosen.size() >= count) {
                    break;
                }
                chosen.add(c);
            }
            return new ArrayList<>(chosen);
        }
    }
}
