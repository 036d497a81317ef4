package org.oscc.chamberlain.pitches.ui;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.oscc.chamberlain.app.ChamberlainApp;
import org.oscc.chamberlain.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the pitch-night screen tests share: the real app on a copy of the sample chamber, a second connection to
 * read what the app stored, and patient waits (the machine may be loaded).
 */
abstract class SampleChamberScreen extends FxRobot {
    @TempDir
    Path dir;
    Path db;
    private javafx.application.Application app;

    @BeforeEach
    void startTheAppOnTheSampleChamber() throws Exception {
        db = dir.resolve("chamber.db");
        TestStores.sampleChamber(db);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChamberlainApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Reads the store through a plain second connection while the app holds it (WAL lets readers in). */
    <T> T store(Function<DSLContext, T> query) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return query.apply(DSL.using(c, SQLDialect.SQLITE));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    int count(String sql) {
        return store(s -> ((Number) s.fetchValue(sql)).intValue());
    }

    void replace(String query, String text) {
        clickOn(query);
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write(text);
    }

    String text(String query) {
        Node node = lookup(query).query();
        String value = node instanceof Label l ? l.getText() : String.valueOf(node);
        return value == null ? "" : value;
    }

    static void waitUntil(Callable<Boolean> condition) {
        waitUntil(condition, () -> "");
    }

    static void waitUntil(Callable<Boolean> condition, Supplier<String> seen) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("waited 60 s in vain; saw: " + seen.get(), e);
        }
    }
}
