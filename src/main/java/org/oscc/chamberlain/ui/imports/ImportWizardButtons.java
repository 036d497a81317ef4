package org.oscc.chamberlain.ui.imports;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.oscc.chamberlain.ui.Messages;

/**
 * The wizard's bottom line: progress and the status or problem text on the left; Cancel (while work runs), Back,
 * Next, Import and Close on the right, each shown only on the steps where it means something.
 */
final class ImportWizardButtons {
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button back = new Button(Messages.get("memberImport.back"));
    private final Button next = new Button(Messages.get("memberImport.next"));
    private final Button commit = new Button(Messages.get("memberImport.commit"));
    private final Button cancel = new Button(Messages.get("memberImport.cancel"));
    private final Button close = new Button(Messages.get("memberImport.close"));
    private final HBox view;

    ImportWizardButtons(Runnable onBack, Runnable onNext, Runnable onCancel, Runnable onClose) {
        back.setId("wizardBack");
        next.setId("wizardNext");
        next.getStyleClass().add("accent");
        commit.setId("wizardImport");
        commit.getStyleClass().add("accent");
        cancel.setId("wizardCancel");
        close.setId("wizardClose");
        status.setId("wizardStatus");
        status.setWrapText(true);
        progress.setVisible(false);
        progress.setPrefWidth(200);
        back.setOnAction(e -> onBack.run());
        next.setOnAction(e -> onNext.run());
        cancel.setOnAction(e -> onCancel.run());
        cancel.setVisible(false);
        close.setOnAction(e -> onClose.run());
        close.setCancelButton(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(status, Priority.SOMETIMES);
        for (Button b : new Button[] {cancel, back, next, commit, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // a long reason wraps beside them; their words stay whole
        }
        view = new HBox(8, progress, status, gap, cancel, back, next, commit, close);
        view.setAlignment(Pos.CENTER_RIGHT);
        view.setPadding(new Insets(12, 0, 0, 0));
    }

    Node view() {
        return view;
    }

    /** Which of Back, Next and Import the step offers. */
    void offer(boolean showBack, boolean showNext, boolean showCommit) {
        show(back, showBack);
        show(next, showNext);
        show(commit, showCommit);
    }

    /** Import is enabled while the review says something can be imported, and runs the import. */
    void commitWhen(BooleanExpression importable, Runnable action) {
        commit.disableProperty().bind(importable.not());
        commit.setOnAction(e -> action.run());
    }

    /** The review is left: Import no longer follows it. */
    void releaseCommit() {
        commit.disableProperty().unbind();
    }

    /** Work that can be cancelled runs: its messages show, and Cancel with them. */
    void running(ObservableStringValue message) {
        busy(null);
        status.textProperty().bind(message);
        cancel.setVisible(true);
    }

    /** The work now running ends whole or not at all: no Cancel. */
    void uncancellable() {
        cancel.setVisible(false);
    }

    void busy(String message) {
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        next.setDisable(true);
        back.setDisable(true);
        if (message != null) {
            say(message, false);
        }
    }

    void idle() {
        status.textProperty().unbind();
        status.setText(""); // "Importing 2 rows…" must not stay once the rows are in
        progress.setVisible(false);
        cancel.setVisible(false);
        next.setDisable(false);
        back.setDisable(false);
    }

    void say(String text, boolean error) {
        status.setText(text);
        status.getStyleClass().removeAll("message-error");
        if (error) {
            status.getStyleClass().add("message-error");
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
