package org.oscc.chamberlain.projects.ui;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.oscc.chamberlain.projects.ProjectStage;
import org.oscc.chamberlain.ui.FormProblems;
import org.oscc.chamberlain.ui.TextConverter;

/**
 * The project form's own fields (name, repository, website, licence, stage, description), bound both ways to the
 * form's view-model, with the problems it finds on them and its status line.
 */
final class ProjectFields {
    private static final List<String> COMMON_LICENCES = List.of("Apache-2.0", "MIT", "BSD-3-Clause", "BSD-2-Clause",
            "GPL-3.0-or-later", "GPL-2.0-only", "LGPL-3.0-or-later", "AGPL-3.0-or-later", "MPL-2.0", "EPL-2.0",
            "ISC", "CC-BY-4.0", "Unlicense"); // SPDX identifiers: not a message

    /** The fields, as the view declares them. */
    record Controls(TextField name, TextField repository, TextField website, ComboBox<String> licence,
            ComboBox<ProjectStage> stage, TextArea description, Label message, Label problemSummary) {
    }

    private final Controls c;
    private final FormProblems problems;

    ProjectFields(Controls controls, ProjectFormModel model) {
        this.c = controls;
        c.licence().getItems().setAll(COMMON_LICENCES);
        c.stage().getItems().setAll(ProjectStage.values());
        c.stage().setConverter(TextConverter.of(s -> s == null ? "" : ProjectColumns.stageText(s)));
        c.name().textProperty().bindBidirectional(model.name);
        c.repository().textProperty().bindBidirectional(model.repository);
        c.website().textProperty().bindBidirectional(model.website);
        c.licence().getEditor().textProperty().bindBidirectional(model.licence);
        c.stage().valueProperty().bindBidirectional(model.stage);
        c.description().textProperty().bindBidirectional(model.description);
        problems = new FormProblems(c.problemSummary())
                .field("name", c.name(), ProjectFormModel.label("name"))
                .field("repository", c.repository(), ProjectFormModel.label("repository"))
                .field("website", c.website(), ProjectFormModel.label("website"))
                .field("licence", c.licence(), ProjectFormModel.label("licence"))
                .field("stage", c.stage(), ProjectFormModel.label("stage"))
                .field("description", c.description(), ProjectFormModel.label("description"))
                .follow(model.problems());
        model.statusProperty().addListener((o, a, text) -> say(text.isEmpty() ? null : text));
    }

    /** After a refused save: focus on the first field a problem names. */
    void focusFirstProblem() {
        problems.focusFirst();
    }

    void focusName() {
        c.name().requestFocus();
    }

    private void say(String text) {
        Label message = c.message();
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        message.setManaged(text != null);
        message.getStyleClass().removeAll("message-ok", "message-error");
        message.getStyleClass().add("message-ok");
    }
}
