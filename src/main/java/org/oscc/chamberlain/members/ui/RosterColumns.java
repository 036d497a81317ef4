package org.oscc.chamberlain.members.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.oscc.chamberlain.members.MemberRow;
import org.oscc.chamberlain.members.MemberStatus;
import org.oscc.chamberlain.ui.ColumnPriorities;

/**
 * The roster table's columns, which of them give way first on a narrow window, and the rows that need attention:
 * lapsed members, and renewals coming up soon.
 */
final class RosterColumns {
    private static final PseudoClass RENEWAL_SOON = PseudoClass.getPseudoClass("renewal-soon");
    private static final PseudoClass LAPSED = PseudoClass.getPseudoClass("lapsed");

    /** The columns, as the view declares them. */
    record Columns(TableColumn<MemberRow, String> name, TableColumn<MemberRow, String> kind,
            TableColumn<MemberRow, String> city, TableColumn<MemberRow, String> tier,
            TableColumn<MemberRow, String> status, TableColumn<MemberRow, LocalDate> since,
            TableColumn<MemberRow, LocalDate> renewal, TableColumn<MemberRow, String> contact,
            TableColumn<MemberRow, String> email) {
    }

    private RosterColumns() {
    }

    static void install(TableView<MemberRow> table, Columns c) {
        column(c.name(), MemberRow::name);
        column(c.kind(), r -> MemberText.kind(r.kind()));
        column(c.city(), MemberRow::city);
        column(c.tier(), MemberRow::tier);
        column(c.status(), r -> MemberText.status(r.status()));
        column(c.contact(), MemberRow::primaryContactName);
        column(c.email(), MemberRow::primaryContactEmail);
        c.since().setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue().memberSince()));
        c.renewal().setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue().renewalDue()));
        // the name identifies the organization; the contact's e-mail gives way first, the status never
        ColumnPriorities.of(table).identifying(c.name()).secondary(c.email(), c.contact(), c.since(), c.city(),
                c.kind(), c.renewal(), c.tier()).install();
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(MemberRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean lapsed = !empty && row != null && row.status() == MemberStatus.LAPSED;
                pseudoClassStateChanged(LAPSED, lapsed);
                pseudoClassStateChanged(RENEWAL_SOON, !empty && row != null && row.attention() && !lapsed);
            }
        });
    }

    private static void column(TableColumn<MemberRow, String> column, Function<MemberRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
