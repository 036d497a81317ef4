package org.oscc.chamberlain.pitches.ui;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.oscc.chamberlain.pitches.Invitee;
import org.oscc.chamberlain.ui.Messages;

/** Cells of the invitees table that show more than text: the e-mail flags and the RSVP badge. */
final class InviteeCells {
    private InviteeCells() {
    }

    /** An icon when the contact has no e-mail address, another when they did not consent to e-mail. */
    static final class EmailFlags extends TableCell<Invitee, Invitee> {
        @Override
        protected void updateItem(Invitee invitee, boolean empty) {
            super.updateItem(invitee, empty);
            setText(null);
            setGraphic(null);
            setTooltip(null);
            if (empty || invitee == null || invitee.mailable()) {
                return;
            }
            boolean missing = invitee.missingEmail();
            FontIcon icon = new FontIcon(missing ? "mdi2e-email-off-outline" : "mdi2e-email-alert-outline");
            icon.getStyleClass().add("pitch-flag");
            String text = Messages.get(missing ? "pitches.invitees.noEmail" : "pitches.invitees.noConsent");
            Label label = new Label(text, icon);
            label.getStyleClass().add("pitch-flag-label");
            label.setId(missing ? "flag-no-email" : "flag-no-consent");
            setGraphic(new HBox(label));
            setTooltip(new Tooltip(text));
        }
    }

    /** The answer as a coloured badge, with the place in the queue for the waitlisted ("Waitlisted #2"). */
    static final class RsvpBadge extends TableCell<Invitee, Invitee> {
        @Override
        protected void updateItem(Invitee invitee, boolean empty) {
            super.updateItem(invitee, empty);
            setText(null);
            if (empty || invitee == null) {
                setGraphic(null);
                return;
            }
            Label badge = new Label(PitchTexts.rsvp(invitee.rsvp())
                    + (invitee.waitlistPosition() == null ? "" : " #" + invitee.waitlistPosition()));
            badge.setMinWidth(Label.USE_PREF_SIZE);
            badge.getStyleClass().addAll("pitch-badge", "rsvp-" + invitee.rsvp().name().toLowerCase(Locale.ROOT));
            setGraphic(badge);
        }
    }
}
