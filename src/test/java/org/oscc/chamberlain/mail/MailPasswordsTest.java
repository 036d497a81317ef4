package org.oscc.chamberlain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where passwords are kept: the credential store when there is one, else memory for this run only. */
class MailPasswordsTest {

    @Test
    void withoutACredentialStorePasswordsLastOnlyThisRun() {
        MailPasswords thisRun = MailPasswords.inMemory();
        assertThat(thisRun.remembered()).isFalse();
        assertThat(thisRun.find("smtp:ana@host:587")).isEmpty();
        thisRun.keep("smtp:ana@host:587", "s3cret");
        assertThat(thisRun.find("smtp:ana@host:587")).hasValue("s3cret");
        // the next start knows nothing: asked once each time Chamberlain starts
        assertThat(MailPasswords.inMemory().find("smtp:ana@host:587")).isEmpty();
    }

    @Test
    void thisComputersStoreOrThisRunKeepsWhatItIsGiven() {
        // the build machines are headless Linux without a Secret Service; on a desktop this finds the keyring
        MailPasswords here = MailPasswords.forThisComputer();
        assertThat(here.find("imap:nobody@nowhere:993")).isEmpty();
        here.keep("imap:nobody@nowhere:993", "pw");
        assertThat(here.find("imap:nobody@nowhere:993")).hasValue("pw");
    }

    @Test
    void aCredentialStoreKeepsThemAcrossRunsAndAFailingOneFallsBackToThisRun() {
        Map<String, String> store = new HashMap<>();
        MailPasswords.Vault vault = new MailPasswords.Vault() {
            @Override
            public Optional<String> find(String key) {
                return Optional.ofNullable(store.get(key));
            }

            @Override
            public void keep(String key, String password) {
                store.put(key, password);
            }
        };
        new MailPasswords(Optional.of(vault)).keep("smtp:ana@host:587", "s3cret");
        MailPasswords nextRun = new MailPasswords(Optional.of(vault));
        assertThat(nextRun.remembered()).isTrue();
        assertThat(nextRun.find("smtp:ana@host:587")).hasValue("s3cret");

        MailPasswords.Vault broken = new MailPasswords.Vault() {
            @Override
            public Optional<String> find(String key) throws Exception {
                throw new IllegalStateException("locked");
            }

            @Override
            public void keep(String key, String password) throws Exception {
                throw new IllegalStateException("locked");
            }
        };
        MailPasswords withBroken = new MailPasswords(Optional.of(broken));
        withBroken.keep("k", "pw");
        assertThat(withBroken.find("k")).hasValue("pw");
        assertThat(withBroken.find("other")).isEmpty();
    }
}
