package org.oscc.chamberlain.pledges.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import org.controlsfx.control.SearchableComboBox;
import org.oscc.chamberlain.pledges.FulfilmentStatus;
import org.oscc.chamberlain.pledges.MemberFacts;
import org.oscc.chamberlain.pledges.PledgeFilter;
import org.oscc.chamberlain.pledges.PledgeStatus;
import org.oscc.chamberlain.pledges.ProjectChoice;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.TextConverter;

/**
 * The Pledges screen's filters: computed status, pledge status, member, project (or the general pool) and the
 * period the pledges must overlap. A change the organizer makes is told to the screen; changes made here (showing
 * only one status, filling the pickers) are not.
 */
final class PledgeFilterBar {
    /** The filter controls, as the view declares them. */
    record Controls(ComboBox<FulfilmentStatus> fulfilment, ComboBox<PledgeStatus> status,
            SearchableComboBox<Choice> member, SearchableComboBox<Choice> project, DatePicker from, DatePicker to) {
    }

    private final Controls c;
    private boolean applying;

    PledgeFilterBar(Controls controls, Runnable changed) {
        this.c = controls;
        c.fulfilment().setItems(withAll(FulfilmentStatus.values()));
        c.fulfilment().setConverter(TextConverter.of(Figures::status,
                () -> Messages.get("pledges.filter.anyFulfilment")));
        c.status().setItems(withAll(PledgeStatus.values()));
        c.status().setConverter(TextConverter.of(s -> Messages.get("pledges.status." + s.name()),
                () -> Messages.get("pledges.filter.anyStatus")));
        c.member().setItems(FXCollections.observableArrayList(allMembers()));
        c.project().setItems(FXCollections.observableArrayList(allProjects()));
        Runnable told = () -> {
            if (!applying) {
                changed.run();
            }
        };
        c.fulfilment().valueProperty().addListener((o, a, b) -> told.run());
        c.status().valueProperty().addListener((o, a, b) -> told.run());
        c.member().valueProperty().addListener((o, a, b) -> told.run());
        c.project().valueProperty().addListener((o, a, b) -> told.run());
        c.from().valueProperty().addListener((o, a, b) -> told.run());
        c.to().valueProperty().addListener((o, a, b) -> told.run());
    }

    /** Only the pledges with this computed status (null: every pledge), the other filters cleared. */
    void showOnly(FulfilmentStatus status) {
        applying = true;
        c.status().setValue(null);
        c.member().setValue(null);
        c.project().setValue(null);
        c.from().setValue(null);
        c.to().setValue(null);
        c.fulfilment().setValue(status);
        applying = false;
    }

    PledgeFilter filter() {
        PledgeFilter f = PledgeFilter.ALL;
        if (c.fulfilment().getValue() != null) {
            f = f.withFulfilment(Set.of(c.fulfilment().getValue()));
        }
        if (c.status().getValue() != null) {
            f = f.withStatuses(Set.of(c.status().getValue()));
        }
        if (c.member().getValue() != null && c.member().getValue().id() != null) {
            f = f.withOrganization(c.member().getValue().id());
        }
        Choice project = c.project().getValue();
        if (project != null && project.id() != null) {
            f = project.id() == Choice.GENERAL_POOL ? f.generalPool() : f.withProject(project.id());
        }
        return f.overlapping(c.from().getValue(), c.to().getValue());
    }

    /** The members and projects to pick from, keeping the ones chosen. */
    void setChoices(List<MemberFacts> members, List<ProjectChoice> projects) {
        applying = true;
        Choice member = c.member().getValue();
        Choice project = c.project().getValue();
        List<Choice> m = allMembers();
        members.forEach(x -> m.add(new Choice(x.id(), x.name())));
        c.member().getItems().setAll(m);
        List<Choice> p = allProjects();
        projects.forEach(x -> p.add(new Choice(x.id(), x.name())));
        c.project().getItems().setAll(p);
        c.member().setValue(member);
        c.project().setValue(project);
        applying = false;
    }

    private static List<Choice> allMembers() {
        List<Choice> list = new ArrayList<>();
        list.add(new Choice(null, Messages.get("pledges.filter.allMembers")));
        return list;
    }

    private static List<Choice> allProjects() {
        List<Choice> list = new ArrayList<>();
        list.add(new Choice(null, Messages.get("pledges.filter.allProjects")));
        list.add(new Choice(Choice.GENERAL_POOL, Messages.get("pledges.generalPool")));
        return list;
    }

    @SafeVarargs
    private static <T> ObservableList<T> withAll(T... values) {
        ObservableList<T> items = FXCollections.observableArrayList();
        items.add(null);
        items.addAll(values);
        return items;
    }
}
