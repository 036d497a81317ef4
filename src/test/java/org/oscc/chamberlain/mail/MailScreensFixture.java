package org.oscc.chamberlain.mail;

import java.nio.file.Path;

/** The mail test server and the 22-invitee chamber, for screen tests in other packages. */
public final class MailScreensFixture implements AutoCloseable {
    private final MailTestServer server = new MailTestServer();
    private final MailFixture fixture;

    public MailScreensFixture(Path dir) throws Exception {
        fixture = new MailFixture(dir);
    }

    public MailTestServer server() {
        return server;
    }

    public MailSettingsService mailSettings() {
        return fixture.mailSettings;
    }

    public InviteSender sender() {
        return fixture.sender(MailTestServer.trust());
    }

    public int nightId() {
        return fixture.nightId;
    }

    @Override
    public void close() {
        fixture.close();
        server.close();
    }
}
