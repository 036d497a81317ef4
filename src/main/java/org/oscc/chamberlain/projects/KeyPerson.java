package org.oscc.chamberlain.projects;

/** A contact who is one of a project's key people, with their role in it and their organization (null if none). */
public record KeyPerson(long contactId, String fullName, String email, String role, String organizationName) {
}
