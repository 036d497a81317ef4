package org.oscc.chamberlain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WindowStateTest {
    private final Preferences prefs = Preferences.userRoot().node("chamberlain-tests/window-state-test");

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void sizeAndPositionAreRememberedForTheNextStart() throws Exception {
        WindowState state = new WindowState(prefs);
        Stage first = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setX(40);
            s.setY(30);
            s.setWidth(1000);
            s.setHeight(700);
            s.show();
            state.save(s);
            s.hide();
            return s;
        }).get();
        assertThat(first.getWidth()).isEqualTo(1000);

        Stage second = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            new WindowState(prefs).restore(s);
            return s;
        }).get();
        assertThat(second.getWidth()).isEqualTo(1000);
        assertThat(second.getHeight()).isEqualTo(700);
        assertThat(second.getX()).isEqualTo(40);
        assertThat(second.getY()).isEqualTo(30);
        FxToolkit.cleanupStages();
    }

    @Test
    void aFirstStartGetsASensibleDefaultSize() throws Exception {
        Stage s = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            new WindowState(prefs).restore(stage);
            return stage;
        }).get();
        assertThat(s.getWidth()).isGreaterThanOrEqualTo(1000);
        assertThat(s.getHeight()).isGreaterThanOrEqualTo(700);
    }
}
