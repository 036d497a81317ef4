package org.oscc.chamberlain.members.ui;

import org.oscc.chamberlain.ui.TextConverter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.CheckComboBox;
import org.oscc.chamberlain.members.MemberFilter;
import org.oscc.chamberlain.members.MemberStatus;
import org.oscc.chamberlain.members.OrganizationKind;

/**
 * The Members screen's search field and filters: status, tier, sector, kind, and whether the archived are shown.
 * Every change the organizer makes is told to the screen; nothing checked is a filter that lets everything through.
 */
final class MemberFilterBar {
    /** The filter controls, as the view declares them. */
    record Controls(TextField search, CheckComboBox<MemberStatus> status, CheckComboBox<String> tier,
            CheckComboBox<String> sector, CheckComboBox<OrganizationKind> kind, ToggleButton showArchived) {
    }

    private final Controls c;

    MemberFilterBar(Controls controls, Runnable changed) {
        this.c = controls;
        c.status().getItems().setAll(MemberStatus.values());
        c.status().setConverter(TextConverter.of(MemberText::status));
        c.kind().getItems().setAll(OrganizationKind.values());
        c.kind().setConverter(TextConverter.of(MemberText::kind));
        for (CheckComboBox<?> filter : List.of(c.status(), c.tier(), c.sector(), c.kind())) {
            filter.getCheckModel().getCheckedItems().addListener((ListChangeListener<Object>) x -> changed.run());
        }
        c.search().textProperty().addListener((obs, old, text) -> changed.run());
        c.showArchived().selectedProperty().addListener((obs, old, archived) -> changed.run());
    }

    /** The filter as the controls show it now. */
    MemberFilter filter() {
        return new MemberFilter(c.search().getText(), EnumSet.copyOf(statuses()),
                new HashSet<>(c.tier().getCheckModel().getCheckedItems()),
                new HashSet<>(c.sector().getCheckModel().getCheckedItems()), kinds(), archived());
    }

    boolean archived() {
        return c.showArchived().isSelected();
    }

    /** The tiers and sectors the roster uses; what was checked and is still there stays checked. */
    void choices(List<String> tiers, List<String> sectors) {
        keepChecked(c.tier(), tiers);
        keepChecked(c.sector(), sectors);
    }

    void focusSearch() {
        c.search().requestFocus();
        c.search().selectAll();
    }

    private Set<OrganizationKind> kinds() {
        List<OrganizationKind> checked = c.kind().getCheckModel().getCheckedItems();
        return checked.isEmpty() ? Set.of() : EnumSet.copyOf(checked);
    }

    private List<MemberStatus> statuses() {
        List<MemberStatus> checked = c.status().getCheckModel().getCheckedItems();
        return checked.isEmpty() ? List.of(MemberStatus.values()) : checked;
    }

    private static void keepChecked(CheckComboBox<String> filter, List<String> choices) {
        List<String> checked = new ArrayList<>(filter.getCheckModel().getCheckedItems());
        if (filter.getItems().equals(choices)) {
            return;
        }
        filter.getItems().setAll(choices);
        checked.stream().filter(choices::contains).forEach(filter.getCheckModel()::check);
    }
}
