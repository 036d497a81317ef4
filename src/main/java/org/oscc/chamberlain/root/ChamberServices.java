package org.oscc.chamberlain.root;

import java.nio.file.Path;
import org.oscc.chamberlain.calendar.CalendarService;
import org.oscc.chamberlain.calendar.InviteIssueRepository;
import org.oscc.chamberlain.dashboard.ChamberOverviewService;
import org.oscc.chamberlain.dashboard.DashboardRepository;
import org.oscc.chamberlain.dashboard.DashboardService;
import org.oscc.chamberlain.importing.ImportBatchRepository;
import org.oscc.chamberlain.importing.ImportHistory;
import org.oscc.chamberlain.importing.ImportMappingRepository;
import org.oscc.chamberlain.mail.InviteDeliveryRepository;
import org.oscc.chamberlain.mail.InviteSender;
import org.oscc.chamberlain.mail.MailConnections;
import org.oscc.chamberlain.mail.MailPasswords;
import org.oscc.chamberlain.mail.MailSettingsService;
import org.oscc.chamberlain.mail.ReplyFetcher;
import org.oscc.chamberlain.mail.TlsTrust;
import org.oscc.chamberlain.members.ContactRepository;
import org.oscc.chamberlain.members.MemberImportRepository;
import org.oscc.chamberlain.members.MemberImporter;
import org.oscc.chamberlain.members.MemberService;
import org.oscc.chamberlain.members.OrganizationRepository;
import org.oscc.chamberlain.pitches.PitchNightRepository;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.pledges.ContributionImportRepository;
import org.oscc.chamberlain.pledges.ContributionImporter;
import org.oscc.chamberlain.pledges.PledgeImportRepository;
import org.oscc.chamberlain.pledges.PledgeImporter;
import org.oscc.chamberlain.pledges.PledgeRepository;
import org.oscc.chamberlain.pledges.PledgeService;
import org.oscc.chamberlain.projects.ProjectRepository;
import org.oscc.chamberlain.projects.ProjectService;
import org.oscc.chamberlain.reports.BoardReportRepository;
import org.oscc.chamberlain.reports.BoardReportService;
import org.oscc.chamberlain.reports.ReportRunRepository;
import org.oscc.chamberlain.reports.RosterExporter;
import org.oscc.chamberlain.reports.RosterRepository;
import org.oscc.chamberlain.sample.SampleChamberRepository;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.settings.SettingsRepository;
import org.oscc.chamberlain.settings.SettingsService;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.StoreOpener;
import org.oscc.chamberlain.store.StoreUnavailableException;

/**
 * The composition root for one open chamber: the store and every service built on it, and the only place that
 * builds repositories (ArchitectureTest holds that). The window's controller factory, every CLI command and the
 * tests take their services from here; it uses no JavaFX. Opening another chamber builds a new one; closing it
 * releases the store.
 */
public final class ChamberServices implements AutoCloseable {
    private final Store store;
    private final DataFolders folders;
    private final SettingsService settings;
    private final ChamberOverviewService overview;
    private final SampleChamberService sample;
    private final PitchNightService pitchNights;
    private final CalendarService calendar;
    private final BoardReportService boardReports;
    private final RosterExporter rosterExporter;
    private final MemberService members;
    private final MemberImporter memberImporter;
    private final ProjectService projects;
    private final PledgeService pledges;
    private final DashboardService dashboard;
    private final ContributionImporter contributionImporter;
    private final ImportHistory importHistory;
    private final PledgeImporter pledgeImporter;
    private final MailSettingsService mailSettings;
    /** Built on first use: the system's trust store is read only by what sends or fetches mail. */
    private final Lazy<MailConnections> mailConnections = new Lazy<>(() -> new MailConnections(TlsTrust.system()));
    private final Lazy<InviteSender> inviteSender;
    private final Lazy<ReplyFetcher> replyFetcher;

    private ChamberServices(Store store, DataFolders folders) {
        this.store = store;
        this.folders = folders;
        this.settings = new SettingsService(new SettingsRepository(store));
        this.overview = new ChamberOverviewService(store, settings);
        this.sample = new SampleChamberService(new SampleChamberRepository(store), settings, store.clock());
        PledgeRepository pledgeRepository = new PledgeRepository(store);
        this.pledges = new PledgeService(pledgeRepository, settings, store.clock());
        this.pitchNights = new PitchNightService(new PitchNightRepository(store), settings, store.clock());
        this.calendar = new CalendarService(pitchNights, new InviteIssueRepository(store), settings, store.clock());
        RosterRepository roster = new RosterRepository(store);
        this.rosterExporter = new RosterExporter(roster, settings);
        this.boardReports = new BoardReportService(new BoardReportRepository(store), roster,
                new ReportRunRepository(store), pledges, settings, store.clock());
        ContactRepository contacts = new ContactRepository(store);
        this.members = new MemberService(new OrganizationRepository(store), contacts, store.clock());
        ImportBatchRepository batches = new ImportBatchRepository(store);
        this.importHistory = new ImportHistory(batches);
        this.memberImporter = new MemberImporter(new MemberImportRepository(store, batches),
                new ImportMappingRepository(store), importHistory, store.clock());
        this.projects = new ProjectService(new ProjectRepository(store), contacts, store.clock());
        this.dashboard = new DashboardService(pledges, settings, pitchNights, overview, new DashboardRepository(store),
                store.clock());
        this.contributionImporter = new ContributionImporter(pledgeRepository,
                new ContributionImportRepository(store, pledgeRepository, batches), importHistory,
                new ImportMappingRepository(store));
        this.pledgeImporter = new PledgeImporter(pledgeRepository, new PledgeImportRepository(store, batches),
                new ImportMappingRepository(store), importHistory, settings);
        this.mailSettings = new MailSettingsService(new SettingsRepository(store));
        this.inviteSender = new Lazy<>(() -> new InviteSender(calendar, new InviteDeliveryRepository(store),
                mailConnections.get(), store.clock(), InviteSender.Pacer.REAL));
        this.replyFetcher = new Lazy<>(() -> new ReplyFetcher(calendar, mailSettings, mailConnections.get()));
    }

    /** A service built the first time it is asked for, once, whichever thread asks. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private T made;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        synchronized T get() {
            if (made == null) {
                made = make.get();
            }
            return made;
        }
    }

    /**
     * The mail accounts' passwords: the operating system's credential store, or memory until Chamberlain closes.
     * Kept for the whole run (not per chamber), so that a password is asked at most once each time it starts.
     */
    public static MailPasswords passwords() {
        return PasswordsHolder.PASSWORDS;
    }

    /**
     * Built on first use: finding the credential store takes a moment (a D-Bus probe), so the window asks for it on a
     * background thread once it is up ({@link #findPasswordsStore}), and commands that send no mail never pay for it.
     */
    private static final class PasswordsHolder {
        static final MailPasswords PASSWORDS = MailPasswords.forThisComputer();
    }

    public MailSettingsService mailSettings() {
        return mailSettings;
    }

    public MailConnections mailConnections() {
        return mailConnections.get();
    }

    public InviteSender inviteSender() {
        return inviteSender.get();
    }

    public ReplyFetcher replyFetcher() {
        return replyFetcher.get();
    }

    /** Finds the credential store now (for a background thread: the mail screens then find it ready). */
    public static void findPasswordsStore() {
        passwords();
    }

    /** Opens (and if needed migrates) the store; slow, so never on the JavaFX thread. */
    public static ChamberServices open(Path file, DataFolders folders) throws StoreUnavailableException {
        return on(new StoreOpener().open(file), folders);
    }

    /** The services on a store already open; closing them closes the store. */
    public static ChamberServices on(Store store, DataFolders folders) {
        return new ChamberServices(store, folders);
    }

    public Store store() {
        return store;
    }

    public DataFolders folders() {
        return folders;
    }

    public SettingsService settings() {
        return settings;
    }

    public ChamberOverviewService overview() {
        return overview;
    }

    public SampleChamberService sample() {
        return sample;
    }

    public PledgeService pledges() {
        return pledges;
    }

    public PitchNightService pitchNights() {
        return pitchNights;
    }

    public CalendarService calendar() {
        return calendar;
    }

    public BoardReportService boardReports() {
        return boardReports;
    }

    public RosterExporter rosterExporter() {
        return rosterExporter;
    }

    public MemberService members() {
        return members;
    }

    public MemberImporter memberImporter() {
        return memberImporter;
    }

    public ProjectService projects() {
        return projects;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public ContributionImporter contributionImporter() {
        return contributionImporter;
    }

    public PledgeImporter pledgeImporter() {
        return pledgeImporter;
    }

    /** Every import of the chamber and its undo. */
    public ImportHistory importHistory() {
        return importHistory;
    }

    @Override
    public void close() {
        store.close();
    }
}
