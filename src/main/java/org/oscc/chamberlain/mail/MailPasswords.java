package org.oscc.chamberlain.mail;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the mail accounts' passwords are kept: the operating system's credential store (macOS Keychain, Windows
 * Credential Manager, Secret Service on Linux) when there is one, else only in memory until Chamberlain closes, so
 * that it is asked once each time Chamberlain starts. Never in the chamber file, a backup or the log: nothing here
 * logs a password, and the settings rows hold only host, port and user.
 */
public final class MailPasswords {
    private static final Logger LOG = LoggerFactory.getLogger(MailPasswords.class);
    private static final String SERVICE = "Chamberlain mail"; // not a message: the credential store's entry

    /** The credential store: the operating system's, or none. */
    public interface Vault {
        Optional<String> find(String key) throws Exception;

        void keep(String key, String password) throws Exception;
    }

    private final Optional<Vault> vault;
    private final Map<String, String> thisSession = new ConcurrentHashMap<>();

    public MailPasswords(Optional<Vault> vault) {
        this.vault = vault;
    }

    /** Passwords in this computer's credential store, when it has one that answers. */
    public static MailPasswords forThisComputer() {
        return new MailPasswords(systemVault());
    }

    /** Passwords kept only while Chamberlain runs (no credential store). */
    public static MailPasswords inMemory() {
        return new MailPasswords(Optional.empty());
    }

    /** True when passwords outlive Chamberlain (kept in the operating system's credential store). */
    public boolean remembered() {
        return vault.isPresent();
    }

    public Optional<String> find(String key) {
        String known = thisSession.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        if (vault.isPresent()) {
            try {
                Optional<String> stored = vault.get().find(key);
                stored.ifPresent(p -> thisSession.put(key, p));
                return stored;
            } catch (Exception e) {
                // never the password itself: only that the store did not answer
                LOG.warn("The credential store did not give the password of {}: {}", key, e.getClass().getSimpleName());
            }
        }
        return Optional.empty();
    }

    /** Keeps the password for this session, and in the credential store when there is one. */
    public void keep(String key, String password) {
        if (password == null || password.isEmpty()) {
            return;
        }
        thisSession.put(key, password);
        if (vault.isPresent()) {
            try {
                vault.get().keep(key, password);
            } catch (Exception e) {
                LOG.warn("The credential store did not keep the password of {}: {}", key, e.getClass().getSimpleName());
            }
        }
    }

    private static Optional<Vault> systemVault() {
        Keyring keyring;
        try {
            keyring = Keyring.create();
            // a Secret Service that is installed but not running fails only on first use: try it now
            keyring.getPassword(SERVICE, "probe");
        } catch (BackendNotSupportedException e) {
            LOG.info("No credential store on this computer; mail passwords are asked once per start");
            return Optional.empty();
        } catch (PasswordAccessException e) {
            keyring = keyringOrNull();
            if (keyring == null) {
                return Optional.empty();
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.info("The credential store cannot be used ({}); mail passwords are asked once per start",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
        Keyring k = keyring;
        return Optional.of(new Vault() {
            @Override
            public Optional<String> find(String key) {
                try {
                    return Optional.ofNullable(k.getPassword(SERVICE, key));
                } catch (PasswordAccessException e) {
                    return Optional.empty(); // none stored yet
                }
            }

            @Override
            public void keep(String key, String password) throws Exception {
                k.setPassword(SERVICE, key, password);
            }
        });
    }

    /** A keyring that answered "no such password" to the probe: it works. */
    private static Keyring keyringOrNull() {
        try {
            return Keyring.create();
        } catch (BackendNotSupportedException e) {
            return null;
        }
    }
}
