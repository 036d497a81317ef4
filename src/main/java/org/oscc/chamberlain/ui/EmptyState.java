package org.oscc.chamberlain.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A friendly "nothing here yet" panel: an icon, a title, a sentence, and optionally the action that fills it. */
public class EmptyState extends VBox {
    public static final String STYLE_CLASS = "empty-state";

    public EmptyState(String iconLiteral, String title, String text) {
        setAlignment(Pos.CENTER);
        setSpacing(12);
        getStyleClass().add(STYLE_CLASS);
        FontIcon icon = new FontIcon(iconLiteral);
        icon.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add("empty-state-title");
        Label body = new Label(text);
        body.getStyleClass().add("empty-state-text");
        body.setWrapText(true);
        body.setMaxWidth(520);
        getChildren().addAll(icon, heading, body);
    }

    /** Adds a button under the text and returns it. */
    public Button addAction(String text, String iconLiteral, Runnable action) {
        Button button = new Button(text, new FontIcon(iconLiteral));
        button.setOnAction(e -> action.run());
        getChildren().add(button);
        return button;
    }
}
