package org.oscc.chamberlain.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/**
 * The base of every form's view-model: the values being edited as properties (by field key), whether they differ
 * from what was loaded ({@code dirty}), the problems found in them, and a status line that describes the present
 * state ("Saved." lasts until the next edit). Subclasses add the fields, read them into a record and save it.
 */
public abstract class FormModel implements EditableForm {
    private final Map<String, Field<?>> fields = new LinkedHashMap<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private boolean loading;

    /** A field edited as text (text fields, text areas, date and number fields: parsed when saved). */
    protected final StringProperty textField(String key) {
        SimpleStringProperty p = new SimpleStringProperty(this, key, "");
        add(key, p);
        return p;
    }

    /** A field edited as a value (a choice, a list of contacts). Use immutable values. */
    protected final <T> ObjectProperty<T> valueField(String key) {
        SimpleObjectProperty<T> p = new SimpleObjectProperty<>(this, key);
        add(key, p);
        return p;
    }

    private <T> void add(String key, ObjectProperty<T> p) {
        Field<T> f = new Field<>(p);
        fields.put(key, f);
        p.addListener((o, a, b) -> edited(key));
    }

    private void add(String key, StringProperty p) {
        Field<String> f = new Field<>(p);
        fields.put(key, f);
        p.addListener((o, a, b) -> edited(key));
    }

    private void edited(String key) {
        if (loading) {
            return;
        }
        // a field's problem is the organizer's to fix: it goes as soon as they change that field
        problems.removeIf(p -> key.equals(p.key()));
        updateDirty();
        if (dirty.get()) {
            status.set("");
        }
    }

    private void updateDirty() {
        dirty.set(fields.values().stream().anyMatch(Field::changed));
    }

    /**
     * Shows a record: sets the fields in {@code fill}, then takes them as what is stored (clean, no problems). The
     * status line is kept, so that a reload after a save still says "Saved.".
     */
    protected final void load(Runnable fill) {
        boolean was = loading;
        loading = true;
        try {
            fill.run();
        } finally {
            loading = was;
        }
        fields.values().forEach(Field::takeAsStored);
        problems.clear();
        updateDirty();
    }

    /**
     * Runs {@code change} (e.g. a reload of a choice list, which puts back the chosen values or a default) without
     * counting it as the organizer's edit: a field they had not edited takes its new value as stored, one they had
     * edited keeps their edit; neither their problems nor the status line are cleared by it.
     */
    public final void keepingState(Runnable change) {
        List<Field<?>> untouched = fields.values().stream().filter(f -> !f.changed()).toList();
        boolean was = loading;
        loading = true;
        try {
            change.run();
        } finally {
            loading = was;
        }
        untouched.forEach(Field::takeAsStored);
        updateDirty();
    }

    /**
     * Stores what the form read, in the background: on success the form is marked stored, {@code stored} gets the
     * result and the status line says {@code savedText}; a refusal shows its problems on the fields; a bug goes to
     * the error reporter. {@code done} then learns whether it was stored.
     */
    protected final <T> void storeInBackground(BackgroundTasks tasks, String what, Callable<T> work,
            Consumer<T> stored, String savedText, Consumer<Boolean> done) {
        tasks.run(what, work, result -> {
            stored.accept(result);
            markStored();
            setStatus(savedText);
            done.accept(true);
        }, failure -> {
            if (failure instanceof InvalidInputException refused) {
                showProblems(refused.problems());
            } else {
                ErrorReporter.report(failure);
            }
            done.accept(false);
        });
    }

    /** The values shown now are what is stored (after a save). */
    protected final void markStored() {
        fields.values().forEach(Field::takeAsStored);
        updateDirty();
    }

    @Override
    public void discard() {
        loading = true;
        try {
            fields.values().forEach(Field::restore);
        } finally {
            loading = false;
        }
        problems.clear();
        status.set("");
        updateDirty();
    }

    @Override
    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Problems in what is shown, each tied to its field by key; the form's display outlines the fields. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    protected final void showProblems(List<Problem> found) {
        problems.setAll(new ArrayList<>(found));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    protected final void setStatus(String text) {
        status.set(text == null ? "" : text);
    }

    /** The keys of the fields, in the order the form declared them (the display focuses the first problem). */
    public final List<String> keys() {
        return List.copyOf(fields.keySet());
    }

    private static final class Field<T> {
        private final javafx.beans.property.Property<T> property;
        private T stored;

        Field(javafx.beans.property.Property<T> property) {
            this.property = property;
            this.stored = property.getValue();
        }

        boolean changed() {
            return !Objects.equals(normal(property.getValue()), normal(stored));
        }

        void takeAsStored() {
            stored = property.getValue();
        }

        void restore() {
            property.setValue(stored);
        }

        /** An empty text and no text are the same edit. */
        private static Object normal(Object v) {
            return v instanceof String s && s.isEmpty() ? null : v;
        }
    }
}
