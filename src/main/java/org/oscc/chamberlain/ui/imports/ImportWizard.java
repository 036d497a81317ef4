package org.oscc.chamberlain.ui.imports;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
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
    private final ImportWizardButtons bar;
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
        // Close and Esc are the organizer's own choice: the wizard goes, nothing is written before Import
        bar = new ImportWizardButtons(() -> onBack.run(), () -> onNext.run(), () -> {
            if (running != null) {
                running.cancel();
            }
        }, stage::close);
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
                return;
            }
            if (running != null) {
                running.cancel();
            }
        });
        BorderPane root = new BorderPane(body, step, null, bar.view(), null);
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
        bar.offer(false, true, false);
        onNext = this::readHeaders;
    }

    private void readHeaders() {
        Optional<Path> chosen = fileStep.chosen();
        if (chosen.isEmpty()) {
            bar.say(Messages.get("memberImport.file.missing"), true);
            return;
        }
        Path path = chosen.get();
        bar.busy(Messages.get("memberImport.reading"));
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
        bar.say(preview.description(), false);
        bar.offer(true, true, false);
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
            bar.say(Messages.get("memberImport.cancelled"), false);
        });
        run(task);
    }

    private void reviewStep(DryRun<R> run, Path path) {
        step.setText(Messages.get("memberImport.step.review"));
        reviewStep = new ImportReviewStep<>(run, Messages.get(prefix + "duplicates"));
        body.setCenter(reviewStep.view());
        bar.say("", false);
        bar.offer(true, false, true);
        bar.commitWhen(reviewStep.importableProperty(), () -> commit(path));
        onBack = () -> {
            bar.releaseCommit();
            step.setText(Messages.get("memberImport.step.mapping"));
            body.setCenter(mappingStep.view());
            bar.offer(true, true, false);
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
        bar.uncancellable(); // one transaction: it ends whole or not at all
    }

    private void done(ImportOutcome result, Path path) {
        finished = true;
        bar.releaseCommit();
        step.setText(Messages.get("memberImport.step.done"));
        ImportDoneStep done = new ImportDoneStep(describe.apply(result), Messages.get("memberImport.undo"),
                page -> undo(result.batchId(), path, page));
        body.setCenter(done.view());
        bar.offer(false, false, false);
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
        bar.running(task.messageProperty());
        tasks.run(task);
    }

    private void idle() {
        running = null;
        bar.idle();
    }

    private void failed(Throwable failure) {
        idle();
        if (failure instanceof InvalidInputException invalid) {
            bar.say(String.join("\n", invalid.problems().stream().map(Problem::describe).toList()), true);
        } else {
            ErrorReporter.report(failure);
        }
    }
}
