package org.oscc.chamberlain.ui.imports;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.oscc.chamberlain.importing.ColumnMapping;
import org.oscc.chamberlain.importing.DryRun;
import org.oscc.chamberlain.importing.SheetPreview;
import org.oscc.chamberlain.importing.ImportOutcome;
import org.oscc.chamberlain.importing.Importer;
import org.oscc.chamberlain.ui.BackgroundTasks;
import org.oscc.chamberlain.ui.Dialogs;
import org.oscc.chamberlain.ui.ErrorReporter;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;

/**
 * The one spreadsheet import wizard, over any {@link Importer} (members, pledges): choose a file, map its columns
 * (guessed, or as chosen last time for the same headers) with a preview, review the dry run (every problem by row,
 * column and reason; duplicates with skip, update or create), then import with progress, and undo that import in
 * one click. What differs by kind (title, help, the duplicates' heading, the outcome's words) comes from the
 * messages under the wizard's prefix ({@code memberImport.title}, {@code pledgeImport.title} ...).
 *
 * @param <R> what one valid row becomes
 */
public final class ImportWizard<R> {
    /** Kind-specific words under a prefix ending in a dot: {@code prefix + "title"}, {@code file.help}, {@code .duplicates}, {@code .undone}, {@code .undo.confirm.text}. */
    private final String prefix;
    private final Function<ImportOutcome, String> describe;
    private final Importer<R> importer;
    private final BackgroundTasks tasks;
    private final Runnable onImported;
    private final Stage stage = new Stage();
    private final Label step = new Label();
    private final BorderPane body = new BorderPane();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button back = new Button(Messages.get("memberImport.back"));
    private final Button next = new Button(Messages.get("memberImport.next"));
    private final Button commit = new Button(Messages.get("memberImport.commit"));
    private final Button cancel = new Button(Messages.get("memberImport.cancel"));
    private final Button close = new Button(Messages.get("memberImport.close"));
    private ImportFileStep fileStep;
    private ImportMappingStep mappingStep;
    private ImportReviewStep<R> reviewStep;
    private boolean finished;
    private Task<?> running;
    private Runnable onNext = () -> { };
    private Runnable onBack = () -> { };

    public ImportWizard(Importer<R> importer, String prefix, Function<ImportOutcome, String> describe,
            BackgroundTasks tasks, Window owner, Runnable onImported) {
        this.importer = importer;
        this.prefix = prefix;
        this.describe = describe;
        this.tasks = tasks;
        this.onImported = onImported;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get(prefix + "title"));
        stage.getProperties().put("importKind", importer.kind().name());
        step.getStyleClass().add("page-title");
        step.setId("wizardStep");
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
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        cancel.setVisible(false);
        // Close and Esc are the organizer's own choice: the wizard goes, nothing is written before Import
        close.setOnAction(e -> stage.close());
        close.setCancelButton(true);
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
                return;
            }
            if (running != null) {
                running.cancel();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(status, Priority.SOMETIMES);
        for (Button b : new Button[] {cancel, back, next, commit, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // a long reason wraps beside them; their words stay whole
        }
        HBox buttons = new HBox(8, progress, status, gap, cancel, back, next, commit, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        BorderPane root = new BorderPane(body, step, null, buttons, null);
        root.setId("import-wizard");
        root.getStyleClass().addAll("page", "import-wizard");
        BorderPane.setMargin(step, new Insets(0, 0, 12, 0));
        Scene scene = new Scene(root, 960, 660);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    public void show() {
        chooseFileStep();
        stage.show();
    }

    /**
     * The window's close box part-way through (a file read, columns matched, not imported yet) asks first: the
     * organizer's choices would go with the window. Before a file is read and after the import, it just closes.
     */
    private boolean mayClose() {
        boolean partWay = (mappingStep != null || reviewStep != null) && !finished;
        return !partWay || Dialogs.confirm(stage, Messages.get("memberImport.leave.header"),
                Messages.get("memberImport.leave.text"));
    }

    private void chooseFileStep() {
        step.setText(Messages.get("memberImport.step.file"));
        if (fileStep == null) {
            fileStep = new ImportFileStep(Messages.get(prefix + "file.help"), stage, this::readHeaders);
        }
        body.setCenter(fileStep.view());
        buttons(false, true, false);
        onNext = this::readHeaders;
    }

    private void readHeaders() {
        Optional<Path> chosen = fileStep.chosen();
        if (chosen.isEmpty()) {
            say(Messages.get("memberImport.file.missing"), true);
            return;
        }
        Path path = chosen.get();
        busy(Messages.get("memberImport.reading"));
        tasks.run(Messages.get("memberImport.reading"), () -> {
            SheetPreview preview = importer.preview(path, 10);
            return new Headers(preview, importer.mappingFor(preview.headers()));
        }, result -> {
            idle();
            mappingStep(result.preview(), result.mapping(), path);
        }, this::failed);
    }

    /** A file's first rows and the mapping offered for its headers. */
    private record Headers(SheetPreview preview, ColumnMapping mapping) {
    }

    private void mappingStep(SheetPreview preview, ColumnMapping guessed, Path path) {
        step.setText(Messages.get("memberImport.step.mapping"));
        mappingStep = new ImportMappingStep(importer.fields(), preview, guessed);
        body.setCenter(mappingStep.view());
        say(preview.description(), false);
        buttons(true, true, false);
        onBack = this::chooseFileStep;
        onNext = () -> dryRun(path);
    }

    private void dryRun(Path path) {
        ColumnMapping mapping = mappingStep.mapping();
        Task<DryRun<R>> task = new Task<>() {
            @Override
            protected DryRun<R> call() throws Exception {
                updateMessage(Messages.get("memberImport.checking"));
                return importer.dryRun(path, mapping, rows -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    updateMessage(Messages.get("memberImport.checkingRows", rows));
                });
            }
        };
        task.setOnSucceeded(e -> {
            idle();
            reviewStep(task.getValue(), path);
        });
        task.setOnFailed(e -> failed(task.getException()));
        task.setOnCancelled(e -> {
            idle();
            say(Messages.get("memberImport.cancelled"), false);
        });
        run(task);
    }

    private void reviewStep(DryRun<R> run, Path path) {
        step.setText(Messages.get("memberImport.step.review"));
        reviewStep = new ImportReviewStep<>(run, Messages.get(prefix + "duplicates"));
        body.setCenter(reviewStep.view());
        say("", false);
        buttons(true, false, true);
        commit.disableProperty().bind(reviewStep.importableProperty().not());
        commit.setOnAction(e -> commit(path));
        onBack = () -> {
            commit.disableProperty().unbind();
            step.setText(Messages.get("memberImport.step.mapping"));
            body.setCenter(mappingStep.view());
            buttons(true, true, false);
            onBack = this::chooseFileStep;
            onNext = () -> dryRun(path);
        };
    }

    private void commit(Path path) {
        DryRun<R> run = reviewStep.run();
        var choices = reviewStep.choices();
        boolean skipInvalid = reviewStep.skipInvalid();
        Task<ImportOutcome> task = new Task<>() {
            @Override
            protected ImportOutcome call() throws Exception {
                updateMessage(Messages.get("memberImport.writing", run.valid().size()));
                return importer.commit(run, choices, skipInvalid);
            }
        };
        task.setOnSucceeded(e -> {
            idle();
            done(task.getValue(), path);
            onImported.run();
        });
        task.setOnFailed(e -> failed(task.getException()));
        run(task);
        cancel.setVisible(false); // one transaction: it ends whole or not at all
    }

    private void done(ImportOutcome result, Path path) {
        finished = true;
        commit.disableProperty().unbind();
        step.setText(Messages.get("memberImport.step.done"));
        ImportDoneStep done = new ImportDoneStep(describe.apply(result), Messages.get("memberImport.undo"),
                page -> undo(result.batchId(), path, page));
        body.setCenter(done.view());
        buttons(false, false, false);
    }

    private void undo(long batchId, Path path, ImportDoneStep page) {
        if (!Dialogs.confirmDestructive(stage, Messages.get("memberImport.undo.confirm.header", path.getFileName()),
                Messages.get(prefix + "undo.confirm.text"), Messages.get("memberImport.undo.confirm.action"))) {
            return;
        }
        tasks.run(Messages.get("memberImport.undoing"), () -> {
            importer.undo(batchId);
            return batchId;
        }, id -> {
            page.undone(Messages.get(prefix + "undone", id));
            onImported.run();
        }, this::failed);
    }

    private void run(Task<?> task) {
        running = task;
        busy(null);
        status.textProperty().bind(task.messageProperty());
        cancel.setVisible(true);
        tasks.run(task);
    }

    private void busy(String message) {
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        next.setDisable(true);
        back.setDisable(true);
        if (message != null) {
            say(message, false);
        }
    }

    private void idle() {
        running = null;
        status.textProperty().unbind();
        status.setText(""); // "Importing 2 rows…" must not stay once the rows are in
        progress.setVisible(false);
        cancel.setVisible(false);
        next.setDisable(false);
        back.setDisable(false);
    }

    private void failed(Throwable failure) {
        idle();
        if (failure instanceof InvalidInputException invalid) {
            say(String.join("\n", invalid.problems().stream().map(Problem::describe).toList()), true);
        } else {
            ErrorReporter.report(failure);
        }
    }

    private void say(String text, boolean error) {
        status.setText(text);
        status.getStyleClass().removeAll("message-error");
        if (error) {
            status.getStyleClass().add("message-error");
        }
    }

    private void buttons(boolean showBack, boolean showNext, boolean showCommit) {
        show(back, showBack);
        show(next, showNext);
        show(commit, showCommit);
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
