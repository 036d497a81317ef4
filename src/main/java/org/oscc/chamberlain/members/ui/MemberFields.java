package org.oscc.chamberlain.members.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.oscc.chamberlain.members.MemberStatus;
import org.oscc.chamberlain.members.Organization;
import org.oscc.chamberlain.members.OrganizationKind;
import org.oscc.chamberlain.members.WebAddress;
import org.oscc.chamberlain.settings.HoursText;
import org.oscc.chamberlain.ui.Messages;

/**
 * The organization fields of the member form: shows an organization, reads the edited one back, and checks each
 * field as it is typed, showing the problem beside it (ControlsFX decorations).
 */
final class MemberFields {
    private final TextField name;
    private final ComboBox<OrganizationKind> kind;
    private final ComboBox<MemberStatus> status;
    private final ComboBox<String> tier;
    private final ComboBox<String> sector;
    private final TextField website;
    private final TextField city;
    private final TextField itHeadcount;
    private final TextField totalHeadcount;
    private final DatePicker memberSince;
    private final DatePicker renewalDue;
    private final TextArea notes;
    private final ValidationSupport validation = new ValidationSupport();

    MemberFields(TextField name, ComboBox<OrganizationKind> kind, ComboBox<MemberStatus> status, ComboBox<String> tier,
            ComboBox<String> sector, TextField website, TextField city, TextField itHeadcount,
            TextField totalHeadcount, DatePicker memberSince, DatePicker renewalDue, TextArea notes) {
        this.name = name;
        this.kind = kind;
        this.status = status;
        this.tier = tier;
        this.sector = sector;
        this.website = website;
        this.city = city;
        this.itHeadcount = itHeadcount;
        this.totalHeadcount = totalHeadcount;
        this.memberSince = memberSince;
        this.renewalDue = renewalDue;
        this.notes = notes;
        kind.getItems().setAll(OrganizationKind.values());
        kind.setConverter(converter(MemberText::kind));
        status.setConverter(converter(MemberText::status));
        validation.registerValidator(name, false,
                Validator.createEmptyValidator(Messages.get("members.invalid.name"), Severity.ERROR));
        validation.registerValidator(website, false, (Control c, String v) -> ValidationResult.fromErrorIf(c,
                Messages.get("members.invalid.website"), v != null && !v.isBlank()
                        && !WebAddress.isValid(WebAddress.normalize(v))));
        validation.registerValidator(itHeadcount, false, (Control c, String v) -> ValidationResult.fromErrorIf(c,
                Messages.get("members.invalid.itHeadcount"), !countOk(v) || itAboveTotal()));
        validation.registerValidator(totalHeadcount, false, (Control c, String v) -> ValidationResult.fromErrorIf(c,
                Messages.get("members.invalid.headcount"), !countOk(v)));
        validation.registerValidator(renewalDue, false, (Control c, LocalDate v) -> ValidationResult.fromErrorIf(c,
                Messages.get("members.invalid.renewal"), v != null && memberSince.getValue() != null
                        && v.isBefore(memberSince.getValue())));
        // a change to one field can fix or break another's rule
        totalHeadcount.textProperty().addListener((o, a, b) -> validation.revalidate(itHeadcount));
        memberSince.valueProperty().addListener((o, a, b) -> validation.revalidate(renewalDue));
    }

    void choices(List<String> tiers, List<String> sectors) {
        String t = tier.getEditor().getText();
        String s = sector.getEditor().getText();
        tier.getItems().setAll(tiers);
        sector.getItems().setAll(sectors);
        tier.getEditor().setText(t);
        sector.getEditor().setText(s);
    }

    void show(Organization o) {
        name.setText(o.name());
        kind.setValue(o.kind());
        // only the statuses the lifecycle allows from the stored one
        List<MemberStatus> allowed = o.id() == null ? Arrays.asList(MemberStatus.values())
                : Arrays.stream(MemberStatus.values()).filter(o.status()::canBecome).toList();
        status.getItems().setAll(allowed);
        status.setValue(o.status());
        setEditable(tier, o.tier());
        setEditable(sector, o.sector());
        website.setText(text(o.website()));
        city.setText(text(o.city()));
        itHeadcount.setText(o.itHeadcount() == null ? "" : o.itHeadcount().toString());
        totalHeadcount.setText(o.totalHeadcount() == null ? "" : o.totalHeadcount().toString());
        memberSince.setValue(o.memberSince());
        renewalDue.setValue(o.renewalDue());
        notes.setText(text(o.notes()));
    }

    /** The raw field values, for telling whether anything was edited. */
    List<Object> state() {
        return new ArrayList<>(Arrays.asList(name.getText(), kind.getValue(), status.getValue(),
                tier.getEditor().getText(), sector.getEditor().getText(), website.getText(), city.getText(),
                itHeadcount.getText(), totalHeadcount.getText(), memberSince.getValue(), renewalDue.getValue(),
                notes.getText()));
    }

    /** Labels of the fields whose value cannot be saved as typed. */
    List<String> invalidFields() {
        List<String> invalid = new ArrayList<>();
        if (name.getText() == null || name.getText().isBlank()) {
            invalid.add(Messages.get("members.field.name"));
        }
        String site = website.getText();
        if (site != null && !site.isBlank() && !WebAddress.isValid(WebAddress.normalize(site))) {
            invalid.add(Messages.get("members.field.website"));
        }
        if (!countOk(itHeadcount.getText()) || itAboveTotal()) {
            invalid.add(Messages.get("members.field.itHeadcount"));
        }
        if (!countOk(totalHeadcount.getText())) {
            invalid.add(Messages.get("members.field.totalHeadcount"));
        }
        return invalid;
    }

    Organization edited(Organization base) {
        return new Organization(base.id(), name.getText(), kind.getValue(), blank(sector.getEditor().getText()),
                blank(website.getText()), blank(city.getText()), count(itHeadcount.getText()),
                count(totalHeadcount.getText()), blank(tier.getEditor().getText()), status.getValue(),
                memberSince.getValue(), renewalDue.getValue(),
                notes.getText() == null || notes.getText().isBlank() ? null : notes.getText(), base.archivedAt());
    }

    static String hours(long minutes) {
        return HoursText.fromMinutes((int) Math.min(Integer.MAX_VALUE, minutes));
    }

    private boolean itAboveTotal() {
        Integer it = countOk(itHeadcount.getText()) ? count(itHeadcount.getText()) : null;
        Integer total = countOk(totalHeadcount.getText()) ? count(totalHeadcount.getText()) : null;
        return it != null && total != null && it > total;
    }

    private static boolean countOk(String v) {
        if (v == null || v.isBlank()) {
            return true;
        }
        String digits = v.strip().replace(" ", "").replace(",", "");
        return digits.matches("\\d{1,9}");
    }

    private static Integer count(String v) {
        return v == null || v.isBlank() ? null : Integer.valueOf(v.strip().replace(" ", "").replace(",", ""));
    }

    private static void setEditable(ComboBox<String> box, String value) {
        box.setValue(value);
        box.getEditor().setText(text(value));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
