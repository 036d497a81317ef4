package org.oscc.chamberlain.calendar.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import org.oscc.chamberlain.ui.Dialogs;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.calendar.CalendarService;
import org.oscc.chamberlain.calendar.InviteMailWriter;
import org.oscc.chamberlain.calendar.InvitePreview;
import org.oscc.chamberlain.calendar.InviteWarning;
import org.oscc.chamberlain.calendar.RsvpImportResult;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;

/**
 * The calendar invite of one pitch night: what the next invite will say and what changed since the last one, the
 * checks that would make it misbehave, and the ways out: an .ics file, e-mail drafts, and RSVP replies coming back.
 */
public final class InviteDialog {
    private final CalendarService calendar;
    private final BackgroundTasks tasks;
    private final Consumer<Path> showDocument;
    private final Consumer<String> openLink;
    private final ComboBox<Invitee> oneInvitee = new ComboBox<>();
    private final Runnable changed;
    private final int nightId;
    private final InviteFilePickers pickers;
    private final Dialog<Void> dialog = new Dialog<>();
    private final Label summary = new Label();
    private final VBox changes = new VBox(4);
    private final VBox warnings = new VBox(4);
    private final Label result = new Label();
    private final Button saveIcs = new Button(Messages.get("invite.saveIcs"), new FontIcon("mdi2c-calendar-star"));
    private final Button writeMails = new Button(Messages.get("invite.writeMails"), new FontIcon("mdi2e-email-outline"));
    private final CheckBox bcc = new CheckBox(Messages.get("invite.bcc"));
    private final InviteMailActions mail;
    private final Button sendMails = new Button(Messages.get("invite.sendMails"), new FontIcon("mdi2e-email-fast-outline"));

    /**
     * @param changed called after anything was written (the screen reloads invitees and RSVPs)
     */
    public InviteDialog(CalendarService calendar, BackgroundTasks tasks, Consumer<Path> showDocument,
            Consumer<String> openLink, Runnable changed, int nightId, Window owner, InviteFilePickers pickers) {
        this(calendar, tasks, showDocument, openLink, changed, nightId, owner, pickers, null);
    }

    /** @param mail sending and checking replies by e-mail; null: the dialog offers only files and drafts */
    public InviteDialog(CalendarService calendar, BackgroundTasks tasks, Consumer<Path> showDocument,
            Consumer<String> openLink, Runnable changed, int nightId, Window owner, InviteFilePickers pickers,
            InviteMailActions mail) {
        this.mail = mail;
        this.openLink = openLink;
        this.pickers = pickers;
        this.calendar = calendar;
        this.tasks = tasks;
        this.showDocument = showDocument;
        this.changed = changed;
        this.nightId = nightId;
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("invite.title"));
        dialog.setResizable(true);
        ButtonType closeButton = Dialogs.close(); // in the screens' language
        dialog.getDialogPane().getButtonTypes().add(closeButton);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setMinWidth(760);
        dialog.getDialogPane().setPrefHeight(600);
        dialog.getDialogPane().setId("invite-dialog");
    }

    public void show() {
        refresh();
        dialog.show();
    }

    public void close() {
        dialog.close();
    }

    private VBox content() {
        summary.getStyleClass().add("section-heading");
        summary.setId("invite-summary");
        changes.setId("invite-changes");
        warnings.setId("invite-warnings");
        result.setWrapText(true);
        result.setId("invite-result");
        saveIcs.setId("invite-save-ics");
        saveIcs.setOnAction(e -> saveIcs());
        writeMails.setId("invite-write-mails");
        writeMails.setOnAction(e -> writeMails());
        Button replies = new Button(Messages.get("invite.importReplies"), new FontIcon("mdi2e-email-open-outline"));
        replies.setId("invite-import-replies");
        replies.setOnAction(e -> chooseReplies());
        Label drop = new Label(Messages.get("invite.dropHere"), new FontIcon("mdi2t-tray-arrow-down"));
        drop.getStyleClass().add("drop-zone");
        drop.setMaxWidth(Double.MAX_VALUE);
        Label changesHeading = new Label(Messages.get("invite.changes"));
        changesHeading.getStyleClass().add("section-heading");
        Label checksHeading = new Label(Messages.get("invite.checks"));
        checksHeading.getStyleClass().add("section-heading");
        for (Button b : new Button[] {saveIcs, writeMails, replies}) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        oneInvitee.setPromptText(Messages.get("invite.oneInvitee"));
        oneInvitee.setId("invite-one-invitee");
        oneInvitee.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Invitee i) {
                return i == null ? "" : i.contactName() + " <" + i.email() + ">";
            }

            @Override
            public Invitee fromString(String s) {
                return null;
            }
        });
        Button mailOne = new Button(Messages.get("invite.mailOne"), new FontIcon("mdi2e-email-outline"));
        mailOne.setId("invite-mail-one");
        mailOne.setMinWidth(Button.USE_PREF_SIZE);
        mailOne.disableProperty().bind(oneInvitee.valueProperty().isNull());
        mailOne.setOnAction(e -> mailOne(oneInvitee.getValue()));
        HBox issueButtons = new HBox(8, saveIcs, writeMails);
        HBox replyButtons = new HBox(8, replies);
        if (mail != null) {
            sendMails.setId("invite-send-mails");
            sendMails.setMinWidth(Button.USE_PREF_SIZE);
            sendMails.setOnAction(e -> mail.send(nightId, dialog.getDialogPane().getScene().getWindow(), () -> {
                changed.run();
                refresh();
            }));
            issueButtons.getChildren().add(0, sendMails);
            Button check = new Button(Messages.get("invite.checkReplies"), new FontIcon("mdi2e-email-sync-outline"));
            check.setId("invite-check-replies");
            check.setMinWidth(Button.USE_PREF_SIZE);
            check.setOnAction(e -> mail.checkReplies(dialog.getDialogPane().getScene().getWindow(), text -> {
                result.getStyleClass().setAll("label");
                result.setText(text);
            }, changed));
            replyButtons.getChildren().add(0, check);
        }
        VBox box = new VBox(10, summary, changesHeading, changes, checksHeading, warnings,
                issueButtons, bcc, new HBox(8, oneInvitee, mailOne), replyButtons, drop,
                result);
        box.setPadding(new Insets(8));
        box.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        box.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importReplies(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return box;
    }

    private void refresh() {
        tasks.run(Messages.get("invite.title"), () -> calendar.preview(nightId), this::render, this::failed);
        tasks.run(Messages.get("invite.title"), () -> calendar.invitees(nightId).stream()
                .filter(i -> !i.missingEmail()).toList(), list -> oneInvitee.getItems().setAll(list), this::failed);
    }

    /** The mailto: fallback: the organizer's own mail program, with the invitation written for one invitee. */
    private void mailOne(Invitee invitee) {
        tasks.run(Messages.get("invite.mailOne"), () -> calendar.mailtoFor(nightId, invitee.contactId()), openLink,
                this::failed);
    }

    private void render(InvitePreview p) {
        dialog.setHeaderText(p.title());
        summary.setText(summaryOf(p));
        changes.getChildren().clear();
        if (!p.issuedBefore()) {
            changes.getChildren().add(muted(Messages.get("invite.firstIssue")));
        } else if (p.changes().isEmpty()) {
            changes.getChildren().add(muted(Messages.get("invite.noChanges")));
        } else {
            p.changes().forEach(c -> changes.getChildren().add(wrapped("\u2022 " + c)));
        }
        warnings.getChildren().clear();
        p.blockers().forEach(b -> warnings.getChildren().add(line("mdi2a-alert-circle-outline", b, "message-error")));
        p.warnings().stream().filter(w -> !w.blocksIssue()).map(InviteWarning::message)
                .forEach(w -> warnings.getChildren().add(line("mdi2a-alert-outline", w, "muted")));
        if (warnings.getChildren().isEmpty()) {
            warnings.getChildren().add(line("mdi2c-check-circle-outline", Messages.get("invite.allGood"), "message-ok"));
        }
        saveIcs.setDisable(!p.canIssue());
        writeMails.setDisable(!p.canIssue());
        sendMails.setDisable(!p.canIssue());
    }

    /** What the next file is, in the organizer's words (no calendar-protocol names). */
    static String summaryOf(InvitePreview p) {
        if (p.isCancellation()) {
            return Messages.get(p.issuedBefore() && !p.raisesSequence() ? "invite.summary.cancelAgain"
                    : "invite.summary.cancel");
        }
        if (!p.issuedBefore()) {
            return Messages.get("invite.summary.first");
        }
        return Messages.get(p.raisesSequence() ? "invite.summary.update" : "invite.summary.again");
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }

    private static Label line(String icon, String text, String style) {
        Label l = new Label(text, new FontIcon(icon));
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    private void saveIcs() {
        pickers.saveIcs(dialog.getOwner(), "pitch-night-" + nightId + ".ics").ifPresent(file ->
            tasks.run(Messages.get("invite.saveIcs"), () -> calendar.issue(nightId, file), issued -> {
                result.setText(Messages.get("invite.saved", issued.file(), summaryOf(issued.issued())));
                changed.run();
                refresh();
            }, this::failed));
    }

    private void writeMails() {
        pickers.mailFolder(dialog.getOwner()).ifPresent(folder -> {
            InviteMailWriter.Mode mode = bcc.isSelected() ? InviteMailWriter.Mode.ONE_WITH_BCC
                    : InviteMailWriter.Mode.ONE_PER_INVITEE;
            tasks.run(Messages.get("invite.writeMails"), () -> calendar.writeInviteEmails(nightId, mode, folder),
                    mails -> {
                        String skipped = mails.skipped().isEmpty() ? ""
                                : "\n" + Messages.get("invite.skipped", String.join(", ", mails.skipped()));
                        result.setText(Messages.get("invite.mailsWritten", mails.drafts().size(), folder) + skipped);
                        showDocument.accept(folder);
                        changed.run();
                        refresh();
                    }, this::failed);
        });
    }

    private void chooseReplies() {
        List<Path> files = pickers.replies(dialog.getOwner());
        if (!files.isEmpty()) {
            importReplies(files);
        }
    }

    private void importReplies(List<Path> files) {
        tasks.run(Messages.get("invite.importReplies"), () -> calendar.importReplies(nightId, files),
                (RsvpImportResult r) -> {
                    StringBuilder text = new StringBuilder(Messages.get("invite.repliesApplied", r.changedCount()));
                    r.applied().forEach(a -> text.append("\n\u2022 ").append(a.describe()));
                    r.notApplied().forEach(n -> text.append("\n\u2022 ").append(n));
                    result.setText(text.toString());
                    changed.run();
                }, this::failed);
    }

    private void failed(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            result.setText(String.join("\n", invalid.problems().stream().map(p -> p.describe()).toList()));
            result.getStyleClass().setAll("label", "message-error");
        } else {
            org.oscc.chamberlain.ui.ErrorReporter.report(failure);
        }
    }
}
