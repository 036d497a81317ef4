package org.oscc.chamberlain.mail.ui;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import org.oscc.chamberlain.ui.Dialogs;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;
import org.oscc.chamberlain.mail.MailFailure;
import org.oscc.chamberlain.mail.MailPasswords;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Messages;

/**
 * Finds an account and its password for a send or a check: the account from Settings and the password from the
 * credential store (in the background); when none is known, the organizer is asked once, and it is kept until
 * Chamberlain closes (and in the credential store when there is one).
 */
public final class MailPasswordPrompt {
    private final MailPasswords passwords;
    private final BackgroundTasks tasks;

    public MailPasswordPrompt(MailPasswords passwords, BackgroundTasks tasks) {
        this.passwords = passwords;
        this.tasks = tasks;
    }

    /** Describes an account for the prompt and finds its key, user and host. */
    public interface Account {
        boolean configured();

        boolean signsIn();

        String passwordKey();

        String user();

        String host();
    }

    /**
     * Hands {@code ready} the account (empty when the organizer dismissed the prompt) and its password, on the
     * JavaFX thread.
     */
    public <A> void passwordFor(Window owner, Supplier<A> account, Function<A, Account> describe,
            BiConsumer<Optional<A>, String> ready, Consumer<Throwable> failed) {
        record Found<A>(A account, Optional<String> password) {
        }
        tasks.run(Messages.get("send.loading"), () -> {
            A a = account.get();
            Account d = describe.apply(a);
            if (!d.configured()) {
                throw new MailFailure(MailFailure.Kind.NOT_CONFIGURED, Messages.get("send.noAccount"), null);
            }
            return new Found<>(a, d.signsIn() ? passwords.find(d.passwordKey()) : Optional.of(""));
        }, found -> {
            if (found.password().isPresent()) {
                ready.accept(Optional.of(found.account()), found.password().get());
                return;
            }
            Account d = describe.apply(found.account());
            Optional<String> typed = ask(owner, d.user(), d.host());
            if (typed.isEmpty()) {
                ready.accept(Optional.empty(), "");
                return;
            }
            tasks.run(Messages.get("send.loading"), () -> {
                passwords.keep(d.passwordKey(), typed.get());
                return typed.get();
            }, pw -> ready.accept(Optional.of(found.account()), pw), failed);
        }, failed);
    }

    static Account of(org.oscc.chamberlain.mail.OutgoingAccount a) {
        return new Account() {
            public boolean configured() { return a.configured(); }
            public boolean signsIn() { return a.signsIn(); }
            public String passwordKey() { return a.passwordKey(); }
            public String user() { return a.user(); }
            public String host() { return a.host(); }
        };
    }

    static Account of(org.oscc.chamberlain.mail.IncomingAccount a) {
        return new Account() {
            public boolean configured() { return a.configured(); }
            public boolean signsIn() { return true; }
            public String passwordKey() { return a.passwordKey(); }
            public String user() { return a.user(); }
            public String host() { return a.host(); }
        };
    }

    private static Optional<String> ask(Window owner, String user, String host) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("send.password", user, host));
        d.setHeaderText(Messages.get("send.password", user, host));
        PasswordField field = new PasswordField();
        field.setId("ask-password");
        javafx.scene.control.Label note = new javafx.scene.control.Label(Messages.get("send.passwordHeader"));
        note.getStyleClass().add("muted");
        d.getDialogPane().setContent(new javafx.scene.layout.VBox(8, field, note));
        ButtonType okButton = Dialogs.ok(); // in the screens' language
        ButtonType cancelButton = Dialogs.cancel(); // in the screens' language
        d.getDialogPane().getButtonTypes().addAll(okButton, cancelButton);
        d.setResultConverter(b -> b == okButton ? field.getText() : null);
        // focus once the dialog is on screen: asked before, the field has no window to take focus in
        d.setOnShown(e -> javafx.application.Platform.runLater(field::requestFocus));
        return d.showAndWait().filter(s -> !s.isEmpty());
    }
}
