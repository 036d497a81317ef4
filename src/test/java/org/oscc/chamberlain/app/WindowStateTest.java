package org.oscc.chamberlain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
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
            s.setWidth(1100);
            s.setHeight(720);
            s.show();
            state.save(s);
            s.hide();
            return s;
        }).get();
        assertThat(first.getWidth()).isEqualTo(1100);

        Stage second = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            new WindowState(prefs).restore(s);
            return s;
        }).get();
        assertThat(second.getWidth()).isEqualTo(1100);
        assertThat(second.getHeight()).isEqualTo(720);
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
        assertThat(s.getWidth()).isGreaterThanOrEqualTo(1024);
        assertThat(s.getHeight()).isGreaterThanOrEqualTo(700);
        // never beyond the screen it opens on, and never made smaller than every screen is laid out for
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(s.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(s.getHeight()).isLessThanOrEqualTo(screen.getHeight());
        assertThat(s.getMinWidth()).isEqualTo(1024);
        assertThat(s.getMinHeight()).isEqualTo(700);
    }

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728); // 1366x768 less a 40-pixel task bar
    private static final Rectangle2D DESK = new Rectangle2D(1366, 0, 1920, 1040);

    @Test
    void aFirstStartFillsALaptopsVisibleAreaAndNoMore() {
        assertThat(WindowState.place(null, List.of(LAPTOP), LAPTOP)).isEqualTo(new Rectangle2D(0, 0, 1366, 728));
    }

    @Test
    void aFirstStartOnALargeScreenIsAComfortableCentredWindow() {
        Rectangle2D big = new Rectangle2D(0, 0, 1920, 1040);
        assertThat(WindowState.place(null, List.of(big), big)).isEqualTo(new Rectangle2D(240, 70, 1440, 900));
    }

    @Test
    void aWindowRememberedFromALargerScreenIsShrunkOntoTheLaptop() {
        Rectangle2D remembered = new Rectangle2D(100, 50, 1800, 1000);
        assertThat(WindowState.place(remembered, List.of(LAPTOP), LAPTOP)).isEqualTo(new Rectangle2D(0, 0, 1366, 728));
    }

    @Test
    void aWindowLeftOnAnUnpluggedMonitorComesBackOntoThePrimaryScreen() {
        Rectangle2D onTheDesk = new Rectangle2D(1500, 100, 1200, 800);
        assertThat(WindowState.place(onTheDesk, List.of(LAPTOP, DESK), LAPTOP))
                .as("while the desk monitor is there").isEqualTo(onTheDesk);
        assertThat(WindowState.place(onTheDesk, List.of(LAPTOP), LAPTOP))
                .as("after it was unplugged: the nearest place on the laptop").isEqualTo(new Rectangle2D(166, 0, 1200, 728));
    }

    @Test
    void aWindowHalfOffTheScreenIsMovedBackInsideAtItsSize() {
        Rectangle2D halfOff = new Rectangle2D(900, 300, 1100, 720);
        assertThat(WindowState.place(halfOff, List.of(LAPTOP), LAPTOP)).isEqualTo(new Rectangle2D(266, 8, 1100, 720));
    }
}
