package org.oscc.chamberlain.members.ui;

import java.util.Locale;
import org.oscc.chamberlain.members.MemberStatus;
import org.oscc.chamberlain.members.OrganizationKind;
import org.oscc.chamberlain.ui.Messages;

/** The resource-bundle words for member statuses and organization kinds. */
final class MemberText {
    private MemberText() {
    }

    static String status(MemberStatus status) {
        return status == null ? "" : Messages.get("members.status." + status.name().toLowerCase(Locale.ROOT));
    }

    static String kind(OrganizationKind kind) {
        return kind == null ? "" : Messages.get("members.kind." + kind.name().toLowerCase(Locale.ROOT));
    }
}
