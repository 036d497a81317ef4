package org.oscc.chamberlain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ErrorReporterTest extends FxRobot {

    @Test
    void anUnexpectedErrorIsShownOnceAsAReadableDialog() throws Exception {
        IllegalStateException bug = new IllegalStateException("the flux capacitor is empty");
        ErrorReporter.report(new RuntimeException("wrapper", bug));
        ErrorReporter.report(new RuntimeException("wrapper", bug));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<DialogPane> shown = dialogs();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).getContentText()).contains("the flux capacitor is empty", "log file");
        assertThat(shown.get(0).getExpandableContent()).isNotNull();
        FxToolkit.cleanupStages();
    }

    @Test
    void aDamagedChamberMetWhileWorkingIsAPlainAnswerWithARestoreButtonNotABug(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        java.nio.file.Path store = dir.resolve("chamber.db");
        java.nio.file.Path backup = java.nio.file.Files.writeString(dir.resolve("chamber-backup-2026-12-01.db"), "x");
        List<java.nio.file.Path> restored = new java.util.concurrent.CopyOnWriteArrayList<>();
        ErrorReporter.watchStore(() -> store, restored::add);
        int bugsBefore = ErrorReporter.reportedCount();
        try {
            ErrorReporter.report(new RuntimeException("Error while running ConnectionCallable",
                    new org.sqlite.SQLiteException("[SQLITE_CORRUPT] The database disk image is malformed",
                            org.sqlite.SQLiteErrorCode.SQLITE_CORRUPT)));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            DialogPane pane = dialogs().get(0);
            assertThat(pane.getId()).isEqualTo("store-fault");
            assertThat(pane.getHeaderText()).isEqualTo("This chamber file is damaged");
            assertThat(pane.getContentText()).contains("Restore its newest backup, " + backup)
                    .doesNotContain("SQLITE", "ConnectionCallable");
            assertThat(ErrorReporter.reportedCount()).as("not counted as a bug").isEqualTo(bugsBefore);
            clickOn(Messages.get("store.fault.restore"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(restored).containsExactly(backup);
        } finally {
            ErrorReporter.watchStore(() -> null, p -> { });
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void onFrenchScreensTheBugDialogSpeaksFrenchDownToItsDetailsLink() throws Exception {
        org.oscc.chamberlain.text.Messages.use(org.oscc.chamberlain.text.Messages.FRENCH);
        try {
            ErrorReporter.report(new IllegalStateException("le convecteur temporel est vide"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            DialogPane pane = dialogs().get(0);
            assertThat(pane.getHeaderText()).isEqualTo("Chamberlain a rencontré un problème inattendu");
            javafx.scene.control.Labeled details = (javafx.scene.control.Labeled) pane.lookup(".details-button");
            assertThat(details.getText()).isEqualTo("Afficher les détails");
            clickOn(details);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(pane.isExpanded()).isTrue();
            assertThat(details.getText()).isEqualTo("Masquer les détails");
            assertThat(pane.getButtonTypes()).extracting(javafx.scene.control.ButtonType::getText).containsExactly("OK");
        } finally {
            org.oscc.chamberlain.text.Messages.use(org.oscc.chamberlain.text.Messages.startLanguage());
            FxToolkit.cleanupStages();
        }
    }

    private List<DialogPane> dialogs() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage)
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r)
                .toList();
    }
}
