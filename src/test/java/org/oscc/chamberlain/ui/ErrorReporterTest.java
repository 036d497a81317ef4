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

    private List<DialogPane> dialogs() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage)
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r)
                .toList();
    }
}
