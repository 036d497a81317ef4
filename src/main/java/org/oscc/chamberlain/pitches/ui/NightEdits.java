package org.oscc.chamberlain.pitches.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.stage.Window;
import org.oscc.chamberlain.pitches.PitchNight;
import org.oscc.chamberlain.ui.EditableForm;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.UnsavedEdits;

/**
 * The shown night's forms (its details and, once saved, its agenda) under the one unsaved-edits contract, so that
 * another night, a new one, another section or quitting asks Save / Don't save / Cancel. A refused save brings its
 * tab forward, so the organizer sees why they stayed.
 */
final class NightEdits {
    private final SessionFormController session;
    private final AgendaController agenda;
    private final Supplier<Window> window;
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
        return forms(shown).stream().anyMatch(EditableForm::isDirty);
    }

    /** The forms of the shown night; the details first (a new night needs its id before its agenda is saved). */
    List<EditableForm> forms(PitchNight shown) {
        List<EditableForm> forms = new ArrayList<>();
        if (shown == null) {
            return forms;
        }
        String name = shown.id() == null || shown.title().isBlank() ? Messages.get("pitches.newTitle")
                : shown.title();
        forms.add(new Part(Messages.get("pitches.unsaved.session", name), sessionTab) {
            @Override
            public boolean isDirty() {
                return session.isDirty();
            }

            @Override
            void save(Runnable then, Runnable notSaved) {
                session.save(then, notSaved);
            }

            @Override
            public void discard() {
                session.discard();
            }
        });
        if (shown.id() != null) {
            forms.add(new Part(Messages.get("pitches.unsaved.agenda", name), agendaTab) {
                @Override
                public boolean isDirty() {
                    return agenda.isDirty();
                }

                @Override
                void save(Runnable then, Runnable notSaved) {
                    agenda.save(then, notSaved);
                }

                @Override
                public void discard() {
                    agenda.discard();
                }
            });
        }
        return forms;
    }

    /** Runs {@code proceed} once the night's edits are settled, {@code stay} when the organizer stays. */
    void settle(PitchNight shown, Runnable proceed, Runnable stay) {
        UnsavedEdits.settle(window.get(), forms(shown), proceed, stay);
    }

    private abstract class Part implements EditableForm {
        private final String name;
        private final Tab tab;

        Part(String name, Tab tab) {
            this.name = name;
            this.tab = tab;
        }

        abstract void save(Runnable then, Runnable notSaved);

        @Override
        public void save(Consumer<Boolean> done) {
            save(() -> done.accept(true), () -> {
                showTab.accept(tab);
                done.accept(false);
            });
        }

        @Override
        public String unsavedName() {
            return name;
        }
    }
}
