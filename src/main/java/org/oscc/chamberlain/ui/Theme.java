package org.oscc.chamberlain.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The one look of Chamberlain: AtlantaFX's Primer Light plus chamberlain.css (colour variables and app classes). */
public final class Theme {
    public static final String STYLESHEET = Theme.class.getResource("chamberlain.css").toExternalForm();

    private Theme() {
    }

    /** Sets the user-agent stylesheet for the whole application; call once before the first window. */
    public static void applyToApplication() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void applyTo(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
