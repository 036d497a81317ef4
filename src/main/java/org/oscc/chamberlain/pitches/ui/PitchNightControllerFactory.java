package org.oscc.chamberlain.pitches.ui;

import java.time.Clock;
import org.oscc.chamberlain.pitches.PitchNightService;
import org.oscc.chamberlain.ui.BackgroundTasks;

/** Builds the pitch nights screen's controllers (the host and its included views) with their services. */
public final class PitchNightControllerFactory {
    private final PitchNightService service;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final InviteOpener invites;

    public PitchNightControllerFactory(PitchNightService service, BackgroundTasks tasks, Clock clock,
            InviteOpener invites) {
        this.service = service;
        this.tasks = tasks;
        this.clock = clock;
        this.invites = invites;
    }

    /** True for the controllers this factory makes. */
    public static boolean makes(Class<?> type) {
        return type.getPackage() == PitchNightsController.class.getPackage();
    }

    public Object create(Class<?> type) {
        if (type == PitchNightsController.class) {
            return new PitchNightsController(service, tasks, clock, invites);
        }
        if (type == SessionFormController.class) {
            return new SessionFormController(service, tasks);
        }
        if (type == AgendaController.class) {
            return new AgendaController(service, tasks);
        }
        if (type == SlotEditorController.class) {
            return new SlotEditorController();
        }
        if (type == InviteesController.class) {
            return new InviteesController(service, tasks);
        }
        if (type == OutcomesController.class) {
            return new OutcomesController(service, tasks);
        }
        throw new IllegalArgumentException("No pitch nights controller known for " + type.getName());
    }
}
