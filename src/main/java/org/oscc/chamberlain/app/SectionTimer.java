package org.oscc.chamberlain.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.animation.AnimationTimer;
import org.oscc.chamberlain.ui.BackgroundTasks;

/**
 * For the start-up benchmark only: from the first frame, how long until the dashboard's figures are on screen, then
 * each other section's first visit (its view built, its data loaded and handed to the screen), one after the other.
 * "On screen" is the first pulse at which no background task is left: the screen got its data before that pulse.
 */
final class SectionTimer extends AnimationTimer {
    private static final long GIVE_UP_NANOS = 60_000_000_000L;
    private final MainWindowController window;
    private final BackgroundTasks tasks;
    private final BiConsumer<String, Long> shown;
    private final Runnable done;
    private final Deque<Section> next = new ArrayDeque<>(List.of(Section.values()));
    private String timing = "dashboard";
    private long since = System.nanoTime();

    SectionTimer(MainWindowController window, BackgroundTasks tasks, BiConsumer<String, Long> shown, Runnable done) {
        this.window = window;
        this.tasks = tasks;
        this.shown = shown;
        this.done = done;
        next.remove(Section.DASHBOARD);
    }

    @Override
    public void handle(long now) {
        long elapsed = System.nanoTime() - since;
        if (tasks.busyProperty().get() && elapsed < GIVE_UP_NANOS) {
            return;
        }
        shown.accept(timing, tasks.busyProperty().get() ? -1 : elapsed / 1_000_000);
        Section section = next.poll();
        if (section == null) {
            stop();
            done.run();
            return;
        }
        timing = section.navId().substring("nav-".length());
        since = System.nanoTime();
        window.show(section);
        // the view is built (on a first visit) and its loading asked for within show: the rest is the data's way in
        shown.accept(timing + ":build", (System.nanoTime() - since) / 1_000_000);
    }
}
