package org.oscc.chamberlain.members;

/** What sort of body an organization is; stored by name in {@code organization.kind}. */
public enum OrganizationKind {
    // the words of the members CSV, machine-readable in every language (screens use members.kind.*)
    COMPANY("Company"), // not a message
    PUBLIC_SECTOR("Public sector"), // not a message
    NON_PROFIT("Non-profit"), // not a message
    ACADEMIC("Academic / research"); // not a message

    private final String label;

    OrganizationKind(String label) {
        this.label = label;
    }

    /** The English word of the members CSV, the same in every language (the screens use the resource bundle). */
    public String label() {
        return label;
    }
}
