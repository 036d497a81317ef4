package org.oscc.chamberlain.bench.floor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The floor of the start-up benchmark: the plainest JavaFX application with a window like Chamberlain's first one,
 * a TableView of 10,000 plain rows in one window, started with {@code java} on the same JDK and JavaFX jars. It
 * prints FIRST_FRAME_MS (process start to the first rendered frame, found as the app finds it: the second pulse)
 * and exits. A plain main (not an Application subclass) so that it starts from the class path.
 */
public final class MinimalTableApp {
    private MinimalTableApp() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** One row of the table: plain immutable values, as Chamberlain's rows are. */
    public record Row(int id, String name, String city, int hours) {
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            List<Row> rows = new ArrayList<>(10_000);
            for (int i = 1; i <= 10_000; i++) {
                rows.add(new Row(i, "Organization " + i, i % 2 == 0 ? "Toronto" : "Montréal", i % 400));
            }
            TableView<Row> table = new TableView<>(FXCollections.observableArrayList(rows));
            table.getColumns().add(column("Id", Row::id));
            table.getColumns().add(column("Name", Row::name));
            table.getColumns().add(column("City", Row::city));
            table.getColumns().add(column("Hours", Row::hours));
            stage.setScene(new Scene(table, 1100, 700));
            stage.setTitle("Minimal table");
            stage.show();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames < 2) {
                        return;
                    }
                    stop();
                    Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                    System.out.println("FIRST_FRAME_MS=" + Duration.between(started, Instant.now()).toMillis());
                    System.out.flush();
                    Platform.exit();
                }
            }.start();
        }

        private static <T> TableColumn<Row, T> column(String title, java.util.function.Function<Row, T> value) {
            TableColumn<Row, T> column = new TableColumn<>(title);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
            return column;
        }
    }
}
