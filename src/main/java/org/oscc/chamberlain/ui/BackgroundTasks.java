package org.oscc.chamberlain.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;

/**
 * Runs slow work (queries, imports, exports, store changes) away from the JavaFX thread. One implementation runs it on
 * a single named worker thread; tests of controllers may use {@link SameThreadTasks}.
 */
public interface BackgroundTasks {

    /** Runs the task in the background; its handlers run on the JavaFX thread. */
    <T> Task<T> run(Task<T> task);

    /**
     * Runs {@code work} in the background and hands its result to {@code onSuccess} on the JavaFX thread; a failure
     * goes to {@code onFailure}, or, when that is null, to the error reporter.
     */
    default <T> Task<T> run(String description, Callable<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(description);
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            if (onFailure != null) {
                onFailure.accept(task.getException());
            } else {
                ErrorReporter.report(task.getException());
            }
        });
        return run(task);
    }

    default <T> Task<T> run(String description, Callable<T> work, Consumer<T> onSuccess) {
        return run(description, work, onSuccess, null);
    }

    /** True while any task runs (for the status bar's busy indicator). */
    ReadOnlyBooleanProperty busyProperty();

    /** What the running task says it is doing. */
    ReadOnlyStringProperty messageProperty();

    /** Stops accepting work and lets the running task end (called on exit). */
    void shutdown();
}
