package org.oscc.chamberlain.app;

import org.oscc.chamberlain.root.ChamberServices;
import javafx.util.Callback;
import org.oscc.chamberlain.calendar.ui.InviteDialog;
import org.oscc.chamberlain.calendar.ui.InviteFilePickers;
import org.oscc.chamberlain.dashboard.ui.DashboardController;
import org.oscc.chamberlain.members.ui.MemberFormController;
import org.oscc.chamberlain.members.ui.MembersController;
import org.oscc.chamberlain.pitches.ui.PitchNightControllerFactory;
import org.oscc.chamberlain.pledges.ui.PledgesController;
import org.oscc.chamberlain.projects.ui.ProjectsController;
import org.oscc.chamberlain.reports.ui.ReportsController;
import org.oscc.chamberlain.mail.ui.EmailInviteActions;
import org.oscc.chamberlain.mail.ui.MailAccountsController;
import org.oscc.chamberlain.mail.ui.MailPasswordPrompt;
import org.oscc.chamberlain.settings.ui.SettingsController;
import org.oscc.chamberlain.ui.BackgroundTasks;

/** Hands each FXML view its controller, built with the services it needs (constructor injection, no singletons). */
final class ControllerFactory implements Callback<Class<?>, Object> {
    private final ChamberServices services;
    private final BackgroundTasks tasks;
    private final AppActions actions;
    private final SectionViews views;
    private MainWindowController mainWindow;

    ControllerFactory(ChamberServices services, BackgroundTasks tasks, AppActions actions) {
        this.services = services;
        this.tasks = tasks;
        this.actions = actions;
        this.views = new SectionViews(this);
    }

    @Override
    public Object call(Class<?> type) {
        if (type == MainWindowController.class) {
            mainWindow = new MainWindowController(services, tasks, actions, views);
            return mainWindow;
        }
        if (type == DashboardController.class) {
            return new DashboardController(services.dashboard(), services.sample(), tasks, actions::reloadChamber,
                    status -> mainWindow.showPledges(status));
        }
        if (type == PledgesController.class) {
            return new PledgesController(services.pledges(), services.contributionImporter(),
                    services.pledgeImporter(), tasks);
        }
        if (type == MailAccountsController.class) {
            return new MailAccountsController(services.mailSettings(), ChamberServices.passwords(),
                    services.mailConnections(), tasks);
        }
        if (type == SettingsController.class) {
            return new SettingsController(services.settings(), services.folders(), services.store().file(), tasks,
                    actions::showDocument);
        }
        if (PitchNightControllerFactory.makes(type)) {
            return new PitchNightControllerFactory(services.pitchNights(), tasks, services.store().clock(),
                    (nightId, owner, changed) -> new InviteDialog(services.calendar(), tasks, actions::showDocument,
                            actions::openLink, changed, nightId, owner, InviteFilePickers.DESKTOP, mailActions())
                            .show()).create(type);
        }
        if (type == ReportsController.class) {
            return new ReportsController(services.boardReports(), services.rosterExporter(),
                    services.calendar()::seasonFeed, tasks,
                    actions::showDocument);
    }

        if (type == MembersController.class) {
            return new MembersController(services.members(), services.memberImporter(), tasks,
                    () -> services.settings().current().timeZone());
        }
        if (type == MemberFormController.class) {
            return new MemberFormController(services.members(), services.pledges(), tasks,
                    id -> mainWindow.showPledge(id));
        }
        if (type == ProjectsController.class) {
            return new ProjectsController(services.projects(), services.members(), services.pledges(), tasks,
                    id -> mainWindow.showPledge(id));
        }
        throw new IllegalArgumentException("No controller known for " + type.getName());
    }

    private EmailInviteActions mailActions() {
        return new EmailInviteActions(services.inviteSender(), services.replyFetcher(), services.mailSettings(),
                new MailPasswordPrompt(ChamberServices.passwords(), tasks), () -> services.settings().current()
                        .timeZone(), tasks);
    }
}
