package org.oscc.chamberlain.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The sections of the main window, in navigation order, with their icon and keyboard shortcut (Ctrl/Cmd+1..7). */
public enum Section {
    DASHBOARD("section.dashboard", "mdi2v-view-dashboard-outline", KeyCode.DIGIT1),
    MEMBERS("section.members", "mdi2a-account-group-outline", KeyCode.DIGIT2),
    PROJECTS("section.projects", "mdi2s-source-branch", KeyCode.DIGIT3),
    PLEDGES("section.pledges", "mdi2h-handshake-outline", KeyCode.DIGIT4),
    PITCH_NIGHTS("section.pitchNights", "mdi2p-presentation", KeyCode.DIGIT5),
    REPORTS("section.reports", "mdi2f-file-chart-outline", KeyCode.DIGIT6),
    SETTINGS("section.settings", "mdi2c-cog-outline", KeyCode.DIGIT7);

    private final String messageKey;
    private final String icon;
    private final KeyCode digit;

    Section(String messageKey, String icon, KeyCode digit) {
        this.messageKey = messageKey;
        this.icon = icon;
        this.digit = digit;
    }

    public String messageKey() {
        return messageKey;
    }

    public String icon() {
        return icon;
    }

    public KeyCombination shortcut() {
        return new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
    }

    /** A stable id for tests and CSS: "nav-dashboard", "nav-pitch-nights". */
    public String navId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
