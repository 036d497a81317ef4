package org.oscc.chamberlain.members.ui;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.oscc.chamberlain.members.MemberStatus;
import org.oscc.chamberlain.members.OrganizationKind;
import org.oscc.chamberlain.settings.HoursText;
import org.oscc.chamberlain.ui.DateFields;
import org.oscc.chamberlain.ui.FormProblems;
import org.oscc.chamberlain.ui.TextConverter;

/**
 * Binds the member form's organization controls to its view-model, and ties each field key to its control so that
 * problems are shown where they belong.
 */
final class MemberFields {
    private final ComboBox<MemberStatus> status;
    private final ComboBox<String> tier;
    private final ComboBox<String> sector;
    private final FormProblems problems;

    MemberFields(MemberFormModel model, Label summary, TextField name, ComboBox<OrganizationKind> kind,
            ComboBox<MemberStatus> status, ComboBox<String> tier, ComboBox<String> sector, TextField website,
            TextField city, TextField itHeadcount, TextField totalHeadcount, DatePicker memberSince,
            DatePicker renewalDue, TextArea notes) {
        this.status = status;
        this.tier = tier;
        this.sector = sector;
        kind.getItems().setAll(OrganizationKind.values());
        kind.setConverter(TextConverter.of(MemberText::kind));
        status.setConverter(TextConverter.of(MemberText::status));
        name.textProperty().bindBidirectional(model.name);
        kind.valueProperty().bindBidirectional(model.kind);
        status.valueProperty().bindBidirectional(model.status);
        tier.getEditor().textProperty().bindBidirectional(model.tier);
        sector.getEditor().textProperty().bindBidirectional(model.sector);
        website.textProperty().bindBidirectional(model.website);
        city.textProperty().bindBidirectional(model.city);
        itHeadcount.textProperty().bindBidirectional(model.itHeadcount);
        totalHeadcount.textProperty().bindBidirectional(model.totalHeadcount);
        DateFields.bind(memberSince, model.memberSince);
        DateFields.bind(renewalDue, model.renewalDue);
        notes.textProperty().bindBidirectional(model.notes);
        problems = new FormProblems(summary)
                .field("name", name, MemberFormModel.label("name"))
                .field("kind", kind, MemberFormModel.label("kind"))
                .field("status", status, MemberFormModel.label("status"))
                .field("tier", tier, MemberFormModel.label("tier"))
                .field("sector", sector, MemberFormModel.label("sector"))
                .field("website", website, MemberFormModel.label("website"))
                .field("city", city, MemberFormModel.label("city"))
                .field("itHeadcount", itHeadcount, MemberFormModel.label("itHeadcount"))
                .field("totalHeadcount", totalHeadcount, MemberFormModel.label("totalHeadcount"))
                .field("memberSince", memberSince, MemberFormModel.label("memberSince"))
                .field("renewalDue", renewalDue, MemberFormModel.label("renewalDue"))
                .field("notes", notes, MemberFormModel.label("notes"))
                .follow(model.problems());
    }

    /** The statuses the lifecycle allows from the stored one (any for a new member). */
    void allowStatuses(MemberStatus stored, boolean isNew) {
        List<MemberStatus> allowed = isNew ? Arrays.asList(MemberStatus.values())
                : Arrays.stream(MemberStatus.values()).filter(stored::canBecome).toList();
        status.getItems().setAll(allowed);
    }

    FormProblems problems() {
        return problems;
    }

    void choices(List<String> tiers, List<String> sectors) {
        String t = tier.getEditor().getText();
        String s = sector.getEditor().getText();
        tier.getItems().setAll(tiers);
        sector.getItems().setAll(sectors);
        tier.getEditor().setText(t);
        sector.getEditor().setText(s);
    }

    static String hours(long minutes) {
        return HoursText.fromMinutes((int) Math.min(Integer.MAX_VALUE, minutes));
    }
}
