package org.oscc.chamberlain.members;

/** What sort of body an organization is; stored by name in {@code organization.kind}. */
public enum OrganizationKind {
    COMPANY("Company"),
    PUBLIC_SECTOR("Public sector"),
    NON_PROFIT("Non-profit"),
    ACADEMIC("Academic / research");

    private final String label;

    OrganizationKind(String label) {
        this.label = label;
    }

    /** Plain English for lists and exports (the screens use the resource bundle). */
    public String label() {
        return label;
    }
}
