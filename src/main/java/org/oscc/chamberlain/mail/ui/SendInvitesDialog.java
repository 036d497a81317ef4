package org.oscc.chamberlain.mail.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import org.oscc.chamberlain.ui.Dialogs;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.mail.InviteSender;
import org.oscc.chamberlain.mail.MailFailure;
import org.oscc.chamberlain.mail.OutgoingAccount;
import org.oscc.chamberlain.mail.SendLine;
import org.oscc.chamberlain.mail.SendPlan;
import org.oscc.chamberlain.mail.SendReport;
import org.oscc.chamberlain.text.DateTimeText;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * Sending one night's invite by e-mail: before anything goes, who will get what (and who is skipped, or has it
 * already); then Send, with a progress bar and Cancel, and afterwards each invitee's outcome in the same table.
 * The sending runs as a background task; Cancel stops it after the message being sent.
 */
public final class SendInvitesDialog {
    private final InviteSender sender;
    private final Supplier<ZoneId> zone;
    private final MailPasswordPrompt passwords;
    private final Supplier<OutgoingAccount> account;
    private final BackgroundTasks tasks;
    private final int nightId;
    private final Runnable changed;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ButtonType closeButton = Dialogs.close(); // in the screens' language
    private final TableView<SendLine> table = new TableView<>();
    private final Label summary = new Label();
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button send = new Button("", new FontIcon("mdi2e-email-fast-outline"));
    private final Button cancel = new Button(Messages.get("send.cancel"), new FontIcon("mdi2c-close-circle-outline"));
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private ZoneId shownZone = ZoneId.systemDefault();

    public SendInvitesDialog(InviteSender sender, Supplier<OutgoingAccount> account, MailPasswordPrompt passwords,
            Supplier<ZoneId> zone, BackgroundTasks tasks, int nightId, Window owner, Runnable changed) {
        this.sender = sender;
        this.account = account;
        this.passwords = passwords;
        this.zone = zone;
        this.tasks = tasks;
        this.nightId = nightId;
        this.changed = changed;
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("send.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(closeButton);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setMinWidth(760);
        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().setPrefHeight(560);
        dialog.getDialogPane().setId("send-dialog");
    }

    public void show() {
        load();
        dialog.show();
    }

    private VBox content() {
        TableColumn<SendLine, String> name = new TableColumn<>(Messages.get("send.columnName"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(200);
        TableColumn<SendLine, String> email = new TableColumn<>(Messages.get("send.columnEmail"));
        email.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().email()));
        email.setPrefWidth(230);
        TableColumn<SendLine, String> what = new TableColumn<>(Messages.get("send.columnWhat"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(what(c.getValue())));
        what.setPrefWidth(340);
        table.getColumns().setAll(List.of(name, email, what));
        table.setId("send-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        summary.setId("send-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Label.USE_PREF_SIZE);
        send.setId("send-send");
        send.setDefaultButton(true);
        send.setMinWidth(Button.USE_PREF_SIZE);
        send.setOnAction(e -> startSending());
        cancel.setId("send-cancel");
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        cancel.setVisible(false);
        cancel.setOnAction(e -> {
            cancelled.set(true);
            cancel.setDisable(true);
            progressText.setText(Messages.get("send.cancelling"));
        });
        progress.setId("send-progress");
        progress.setVisible(false);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progressText.setId("send-progress-text");
        VBox box = new VBox(10, summary, table, new HBox(8, send, cancel, progress), progressText);
        box.setPadding(new Insets(8));
        return box;
    }

    private String what(SendLine l) {
        String when = l.whenUtc() == null ? "" : DateTimeText.fromUtc(l.whenUtc(), shownZone);
        return Messages.get("send.outcome." + l.outcome().name(), l.version(), when, l.words());
    }

    private void load() {
        record Loaded(SendPlan plan, ZoneId zone) {
        }
        tasks.run(Messages.get("send.loading"), () -> new Loaded(sender.plan(nightId), zone.get()), loaded -> {
            shownZone = loaded.zone();
            SendPlan plan = loaded.plan();
            dialog.setHeaderText(plan.mailing().preview().title() + ": " + plan.version());
            table.getItems().setAll(plan.lines());
            int due = plan.toSend().size();
            summary.getStyleClass().setAll("label");
            summary.setText(due == 0 ? Messages.get("send.nothing") : Messages.get("send.plan", due, plan.version(),
                    plan.count(SendLine.Outcome.ALREADY_SENT), plan.count(SendLine.Outcome.SKIPPED)));
            send.setText(Messages.get("send.send", due));
            send.setDisable(due == 0);
        }, this::failed);
    }

    private void startSending() {
        send.setDisable(true);
        passwords.passwordFor(dialog.getDialogPane().getScene().getWindow(), account, MailPasswordPrompt::of,
                (acc, password) -> {
            if (acc.isEmpty()) {
                send.setDisable(false);
                return;
            }
            run(acc.get(), password);
        }, failure -> {
            send.setDisable(false);
            failed(failure);
        });
    }

    private void run(OutgoingAccount acc, String password) {
        cancelled.set(false);
        Task<SendReport> task = new Task<>() {
            @Override
            protected SendReport call() throws Exception {
                return sender.send(nightId, acc, password, new InviteSender.Listener() {
                    @Override
                    public void done(SendLine line, int done, int total) {
                        updateProgress(done, total);
                        updateMessage(Messages.get("send.sending", Math.min(done + 1, total), total));
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelled.get();
                    }
                });
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        progressText.textProperty().bind(task.messageProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        cancel.setDisable(false);
        Button close = (Button) dialog.getDialogPane().lookupButton(closeButton);
        close.setDisable(true);
        task.setOnSucceeded(e -> {
            finished(close);
            SendReport report = task.getValue();
            table.getItems().setAll(report.lines());
            boolean clean = report.refused().isEmpty() && report.stoppedBecause().isEmpty();
            summary.getStyleClass().setAll("label", clean ? "message-ok" : "message-error");
            summary.setText(report.summary());
            changed.run();
            refreshButton();
        });
        task.setOnFailed(e -> {
            finished(close);
            failed(task.getException());
            send.setDisable(false);
        });
        tasks.run(task);
    }

    private void finished(Button close) {
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        progressText.setText("");
        progress.setVisible(false);
        cancel.setVisible(false);
        close.setDisable(false);
    }

    /** After a send, the button offers what is left (refused, not sent) or nothing. */
    private void refreshButton() {
        tasks.run(Messages.get("send.loading"), () -> sender.plan(nightId).toSend().size(), due -> {
            send.setText(Messages.get("send.send", due));
            send.setDisable(due == 0);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        if (failure instanceof MailFailure plain) {
            summary.getStyleClass().setAll("label", "message-error");
            summary.setText(plain.getMessage());
        } else if (failure instanceof InvalidInputException invalid) {
            summary.getStyleClass().setAll("label", "message-error");
            summary.setText(String.join("\n", invalid.problems().stream().map(p -> p.describe()).toList()));
        } else {
            ErrorReporter.report(failure);
        }
    }

    /** Test access: the dialog's pane. */
    javafx.scene.control.DialogPane pane() {
        return dialog.getDialogPane();
    }

    Optional<Window> window() {
        return Optional.ofNullable(dialog.getDialogPane().getScene()).map(s -> s.getWindow());
    }
}
