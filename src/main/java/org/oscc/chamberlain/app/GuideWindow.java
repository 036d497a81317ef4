package org.oscc.chamberlain.app;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.oscc.chamberlain.ui.HomePaths;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Theme;

/** The user guide inside the program, for a computer where no web browser can be started. */
final class GuideWindow {
    private GuideWindow() {
    }

    static void show(Window owner, String text, Path page) {
        TextArea guide = new TextArea(text);
        guide.setId("guide-text");
        guide.setEditable(false);
        guide.setWrapText(true);
        VBox.setVgrow(guide, Priority.ALWAYS);
        Label note = new Label(Messages.get("guide.inside.note", HomePaths.shown(page)));
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        Stage stage = new Stage();
        Button close = new Button(Messages.get("guide.inside.close"));
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox box = new VBox(8, note, guide, buttons);
        box.setStyle("-fx-padding: 12;");
        BorderPane root = new BorderPane(box);
        Scene scene = new Scene(root, Math.min(820, owner.getWidth() - 40), Math.min(640, owner.getHeight() - 40));
        Theme.applyTo(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("guide.inside.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.show();
    }
}
