package org.oscc.chamberlain.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.mail.InviteSender;
import org.oscc.chamberlain.mail.MailConnections;
import org.oscc.chamberlain.mail.MailPasswords;
import org.oscc.chamberlain.mail.MailScreensFixture;
import org.oscc.chamberlain.mail.MailTestServer;
import org.oscc.chamberlain.mail.SendLine;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.WorkerThreadTasks;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The organizer's flow on the real screens against GreenMail: fill in the sending account in Settings, test it (a
 * wrong password first), save it, then send a night's invites from the send dialog and see each invitee's outcome.
 */
@ExtendWith(ApplicationExtension.class)
class MailScreensTest extends FxRobot {
    @TempDir
    Path dir;
    Stage stage;
    MailScreensFixture f;
    final MailPasswords passwords = MailPasswords.inMemory();
    final WorkerThreadTasks tasks = new WorkerThreadTasks();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new VBox(), 1024, 700));
        stage.show();
    }

    @BeforeEach
    void fixture() throws Exception {
        f = new MailScreensFixture(dir);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        tasks.shutdown();
        f.close();
    }

    private void showAccounts() throws Exception {
        interact(() -> {
            try {
                FXMLLoader loader = new FXMLLoader(getClass().getResource(
                        "/org/oscc/chamberlain/mail/ui/MailAccountsView.fxml"), Messages.bundle());
                loader.setControllerFactory(type -> new MailAccountsController(f.mailSettings(), passwords,
                        new MailConnections(MailTestServer.trust()), tasks));
                Parent root = loader.load();
                ScrollPane scroll = new ScrollPane(root);
                scroll.setFitToWidth(true);
                stage.getScene().setRoot(scroll);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "587".equals(lookup("#smtpPort")
                .queryTextInputControl().getText()));
    }

    private void type(String id, String text) {
        interact(() -> lookup(id).queryTextInputControl().clear());
        clickOn(id).write(text);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void configureTestAndSaveTheAccountThenSendAndSeeTheResults() throws Exception {
        showAccounts();
        type("#smtpHost", "127.0.0.1");
        type("#smtpPort", "1x");
        clickOn("#saveMail");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#smtpPort").query().getStyleClass()
                .contains("field-error"));
        assertThat(text("#smtpPortReason")).isEqualTo(Messages.get("mail.port.invalid"));
        type("#smtpPort", Integer.toString(f.server().smtpPort()));
        interact(() -> lookup("#smtpSecurity").queryComboBox().getSelectionModel()
                .select(org.oscc.chamberlain.mail.MailSecurity.NONE));
        type("#smtpUser", MailTestServer.USER);
        type("#smtpPassword", "not-the-password");
        type("#fromName", "Ana Organizer");
        type("#fromAddress", MailTestServer.ADDRESS);

        clickOn("#testOutgoing");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#outgoingResult").contains("refused"));
        assertThat(text("#outgoingResult")).contains("refused the user name or password").contains("app password");
        assertThat(lookup("#outgoingResult").query().getStyleClass()).contains("message-error");

        type("#smtpPassword", MailTestServer.PASSWORD);
        clickOn("#testOutgoing");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#outgoingResult").startsWith("Signed in"));
        assertThat(text("#outgoingResult")).isEqualTo("Signed in to 127.0.0.1 as ana.");

        clickOn("#saveMail");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Messages.get("mail.saved").equals(text("#mailMessage")));
        assertThat(f.mailSettings().current().outgoing().port()).isEqualTo(f.server().smtpPort());
        assertThat(passwords.find(f.mailSettings().current().outgoing().passwordKey()))
                .as("the password kept for this session").hasValue(MailTestServer.PASSWORD);

        // send from the dialog the invite dialog opens: who gets what first, then the outcomes
        interact(() -> new SendInvitesDialog(f.sender(), () -> f.mailSettings().current().outgoing(),
                new MailPasswordPrompt(passwords, tasks), () -> java.time.ZoneId.of("America/Toronto"), tasks,
                f.nightId(), stage, () -> { }).show());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#send-summary").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<SendLine> table = lookup("#send-table").queryTableView();
        assertThat(table.getItems()).hasSize(22);
        assertThat(text("#send-summary")).isEqualTo("20 will get the invite (number 0); 0 have it already; "
                + "2 skipped.");
        assertThat(lookup("#send-send").queryButton().getText()).isEqualTo("Send 20");

        clickOn("#send-send");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#send-summary").startsWith("Sent"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#send-summary")).isEqualTo("Sent 20 of 20 (invite (number 0)); 2 skipped.");
        assertThat(table.getItems()).filteredOn(l -> l.outcome() == SendLine.Outcome.SENT).hasSize(20);
        assertThat(f.server().received()).hasSize(20);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#send-send").queryButton().isDisabled());
        assertThat(lookup("#send-send").queryButton().getText()).isEqualTo("Send 0");
        assertThat(lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getText() != null && c.getText().startsWith("sent 2026-")).tryQuery())
                .as("the outcome shown in the table").isPresent();
    }

    @Test
    void withoutAKnownPasswordSendAsksOnceAndKeepsItForThisRun() throws Exception {
        f.mailSettings().save(new org.oscc.chamberlain.mail.MailAccounts(f.server().smtp(f.server().smtpPort(),
                org.oscc.chamberlain.mail.MailSecurity.NONE), org.oscc.chamberlain.mail.MailAccounts.NONE.incoming()));
        interact(() -> new SendInvitesDialog(f.sender(), () -> f.mailSettings().current().outgoing(),
                new MailPasswordPrompt(passwords, tasks), () -> java.time.ZoneId.of("America/Toronto"), tasks,
                f.nightId(), stage, () -> { }).show());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#send-summary").isEmpty());
        clickOn("#send-send");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#ask-password").tryQuery().isPresent());
        assertThat(lookup(Messages.get("send.password", MailTestServer.USER, "127.0.0.1")).tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#ask-password").query().isFocused());
        clickOn("#ask-password").write(MailTestServer.PASSWORD);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> MailTestServer.PASSWORD.equals(
                lookup("#ask-password").queryTextInputControl().getText()));
        // the prompt's OK, not a button of the send dialog behind it
        clickOn(lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Button b && "OK".equals(b.getText())
                && b.getScene() == lookup("#ask-password").query().getScene()).queryButton());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#send-summary").startsWith("Sent"));
        assertThat(text("#send-summary")).isEqualTo("Sent 20 of 20 (invite (number 0)); 2 skipped.");
        assertThat(passwords.find(f.mailSettings().current().outgoing().passwordKey()))
                .hasValue(MailTestServer.PASSWORD);
    }
}
