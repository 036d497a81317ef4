package org.oscc.chamberlain.pitches.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.stage.Window;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.ui.Dialogs;
import org.oscc.chamberlain.ui.Messages;

/**
 * The shown night's unsaved edits, in the session form and the agenda together: before the user opens another night,
 * starts a new one or leaves the section, asks Save / Discard / Cancel, as the members screen asks about a member.
 */
final class NightEdits {
    private final SessionFormController session;
    private final AgendaController agenda;
    private final Supplier<Window> window;
    /** Shows the tab whose save was refused, so the user sees why they stayed. */
    private final Consumer<Tab> showTab;
    private final Tab sessionTab;
    private final Tab agendaTab;

    NightEdits(SessionFormController session, AgendaController agenda, Supplier<Window> window, Consumer<Tab> showTab,
            Tab sessionTab, Tab agendaTab) {
        this.session = session;
        this.agenda = agenda;
        this.window = window;
        this.showTab = showTab;
        this.sessionTab = sessionTab;
        this.agendaTab = agendaTab;
    }

    /** True when the form or (for a saved night) the agenda differs from what was loaded. */
    boolean any(PitchNight shown) {
        return shown != null && (session.isDirty() || agendaEdited(shown));
    }

    /**
     * Runs {@code proceed} at once when nothing is unsaved; otherwise asks. Save runs it after both parts are saved
     * (or {@code stay} when a save is refused), Discard drops the edits then runs it, Cancel runs {@code stay}.
     */
    void settle(PitchNight shown, Runnable proceed, Runnable stay) {
        if (!any(shown)) {
            proceed.run();
            return;
        }
        boolean form = session.isDirty();
        boolean slots = agendaEdited(shown);
        String what = Messages.get(form && slots ? "pitches.unsaved.both"
                : form ? "pitches.unsaved.session" : "pitches.unsaved.agenda");
        String name = shown.id() == null || shown.title().isBlank() ? Messages.get("pitches.newTitle") : shown.title();
        switch (Dialogs.saveDiscardCancel(window.get(), Messages.get("pitches.unsaved.header"),
                Messages.get("pitches.unsaved.text", name, what))) {
            case SAVE -> save(form, slots, proceed, stay);
            case DISCARD -> {
                if (form) {
                    session.discard();
                }
                if (slots) {
                    agenda.discard();
                }
                proceed.run();
            }
            case CANCEL -> stay.run();
        }
    }

    /** The form first: a new night needs its id before its agenda could be saved. */
    private void save(boolean form, boolean slots, Runnable proceed, Runnable stay) {
        Runnable saveAgenda = slots ? () -> agenda.save(proceed, () -> {
            showTab.accept(agendaTab);
            stay.run();
        }) : proceed;
        if (form) {
            session.save(saveAgenda, () -> {
                showTab.accept(sessionTab);
                stay.run();
            });
        } else {
            saveAgenda.run();
        }
    }

    private boolean agendaEdited(PitchNight shown) {
        return shown.id() != null && agenda.isDirty();
    }
}
