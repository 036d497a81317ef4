package org.oscc.chamberlain.ui.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.oscc.chamberlain.ui.Messages;

/** The wizard's first step: the file's path, typed or chosen, and what the kind of import expects of it. */
final class ImportFileStep {
    private final TextField file = new TextField();
    private final Node view;

    /** @param help what a row of this kind of file holds */
    ImportFileStep(String help, Window owner, Runnable next) {
        file.setId("importFile");
        file.setPromptText(Messages.get("memberImport.file.prompt"));
        file.setOnAction(e -> next.run());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(Messages.get("memberImport.file.browse"));
        browse.setId("importBrowse");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(
                    Messages.get("memberImport.file.filter"), "*.csv", "*.txt", "*.tsv", "*.xlsx"),
                    new FileChooser.ExtensionFilter(Messages.get("memberImport.file.all"), "*.*"));
            java.io.File chosen = chooser.showOpenDialog(owner);
            if (chosen != null) {
                file.setText(chosen.getAbsolutePath());
            }
        });
        Label text = new Label(help);
        text.setWrapText(true);
        text.getStyleClass().add("muted");
        view = new VBox(12, new HBox(8, file, browse), text);
    }

    Node view() {
        return view;
    }

    /** The file named, when it exists. */
    Optional<Path> chosen() {
        String text = file.getText() == null ? "" : file.getText().strip();
        return text.isEmpty() || !Files.isRegularFile(Path.of(text)) ? Optional.empty() : Optional.of(Path.of(text));
    }
}
