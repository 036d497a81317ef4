package org.oscc.chamberlain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The shared prompts answered from the keyboard: Enter and Esc never destroy, never discard. */
class DialogsTest extends FxRobot {
    private Stage owner;

    @BeforeEach
    void showAnOwnerWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        owner = FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(), 400, 300));
            stage.show();
        });
    }

    @AfterEach
    void closeEverything() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void enterOnADestructivePromptChoosesCancel() {
        AtomicReference<Boolean> answer = ask(() -> Dialogs.confirmDestructive(owner, "Replace it?", "All of it.",
                "Replace"));
        Button action = lookup("#confirmDestructive").queryButton();
        Button cancel = lookup("#confirmCancel").queryButton();
        assertThat(action.isDefaultButton()).isFalse();
        assertThat(action.isCancelButton()).isFalse();
        assertThat(action.getStyleClass()).contains(Dialogs.DANGER);
        assertThat(action.getText()).isEqualTo("Replace");
        assertThat(cancel.isDefaultButton()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cancel.isFocused()).as("Cancel has the focus").isTrue();
        type(KeyCode.ENTER);
        assertThat(await(answer)).isFalse();
    }

    @Test
    void escOnADestructivePromptChoosesCancel() {
        AtomicReference<Boolean> answer = ask(() -> Dialogs.confirmDestructive(owner, "Delete it?", "Gone.",
                "Delete"));
        type(KeyCode.ESCAPE);
        assertThat(await(answer)).isFalse();
    }

    @Test
    void onlyTheActionButtonConfirmsADestructivePrompt() {
        AtomicReference<Boolean> answer = ask(() -> Dialogs.confirmDestructive(owner, "Delete it?", "Gone.",
                "Delete"));
        clickOn("#confirmDestructive");
        assertThat(await(answer)).isTrue();
    }

    @Test
    void enterAndEscOnAnOkCancelPromptChooseCancel() {
        AtomicReference<Boolean> first = ask(() -> Dialogs.confirm(owner, "Discard?", "Your edits."));
        type(KeyCode.ENTER);
        assertThat(await(first)).isFalse();
        AtomicReference<Boolean> second = ask(() -> Dialogs.confirm(owner, "Discard?", "Your edits."));
        type(KeyCode.ESCAPE);
        assertThat(await(second)).isFalse();
    }

    @Test
    void escOnTheUnsavedChangesPromptKeepsEditing() {
        AtomicReference<UnsavedEdits.Choice> answer = ask(() -> UnsavedEdits.ask(owner, "Unsaved", "Save them?"));
        assertThat(lookup("#unsavedDiscard").queryButton().isCancelButton()).isFalse();
        assertThat(lookup("#unsavedDiscard").queryButton().isDefaultButton()).isFalse();
        assertThat(lookup("#unsavedSave").queryButton().isDefaultButton()).isTrue();
        type(KeyCode.ESCAPE);
        assertThat(await(answer)).isEqualTo(UnsavedEdits.Choice.CANCEL);
    }

    @Test
    void frenchScreensGetFrenchButtonsNotTheSystemsLanguage() {
        org.oscc.chamberlain.text.Messages.use(org.oscc.chamberlain.text.Messages.FRENCH);
        try {
            AtomicReference<Boolean> answer = ask(() -> Dialogs.confirm(owner, "Continuer?", "Vos données."));
            assertThat(buttonTexts()).containsExactlyInAnyOrder("OK", "Annuler");
            clickOn("OK");
            assertThat(await(answer)).isTrue();
            AtomicReference<Boolean> destroy = ask(() -> Dialogs.confirmDestructive(owner, "Supprimer?", "Tout.",
                    "Supprimer l’entrée"));
            assertThat(lookup("#confirmCancel").queryButton().getText()).isEqualTo("Annuler");
            type(KeyCode.ESCAPE);
            assertThat(await(destroy)).isFalse();
        } finally {
            org.oscc.chamberlain.text.Messages.use(org.oscc.chamberlain.text.Messages.startLanguage());
        }
    }

    private java.util.List<String> buttonTexts() {
        return lookup(".dialog-pane .button").queryAllAs(Button.class).stream().filter(Button::isVisible)
                .map(Button::getText).toList();
    }

    /** Shows a prompt on the JavaFX thread (it waits in a nested loop there) and waits until it is on screen. */
    private <T> AtomicReference<T> ask(Supplier<T> prompt) {
        AtomicReference<T> answer = new AtomicReference<>();
        int before = Window.getWindows().size();
        Platform.runLater(() -> answer.set(prompt.get()));
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Window.getWindows().size() > before);
        } catch (Exception e) {
            throw new AssertionError("the prompt never showed", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private static <T> T await(AtomicReference<T> answer) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> answer.get() != null);
        } catch (Exception e) {
            throw new AssertionError("the prompt was not answered", e);
        }
        return answer.get();
    }
}
