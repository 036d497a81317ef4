package org.oscc.chamberlain.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * A screen's own keyboard shortcuts (new, find, save, archive): put on the scene while the screen is shown and taken
 * off when another section replaces it, so that two screens can both use Ctrl+S.
 */
public final class ViewShortcuts {
    private ViewShortcuts() {
    }

    public static void install(Node view, Map<KeyCombination, Runnable> shortcuts) {
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                shortcuts.forEach((key, action) -> old.getAccelerators().remove(key, action));
            }
            if (scene != null) {
                add(scene, shortcuts);
            }
        });
        if (view.getScene() != null) {
            add(view.getScene(), shortcuts);
        }
    }

    private static void add(Scene scene, Map<KeyCombination, Runnable> shortcuts) {
        scene.getAccelerators().putAll(shortcuts);
    }
}
