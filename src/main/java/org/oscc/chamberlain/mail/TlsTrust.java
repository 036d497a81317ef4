package org.oscc.chamberlain.mail;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Which server certificates a mail connection trusts, and whether the certificate must name the server: the
 * computer's own trusted authorities and the name checked, unless told otherwise (tests trust their own server).
 */
public record TlsTrust(X509TrustManager trustManager, boolean checkServerName) {

    /** The Java runtime's trusted authorities, and the server's name checked against its certificate. */
    public static TlsTrust system() {
        return new TlsTrust(trustManagerFor(null), true);
    }

    /** Trusts exactly the certificates in {@code store}, without checking the server's name. */
    public static TlsTrust only(KeyStore store) {
        return new TlsTrust(trustManagerFor(store), false);
    }

    private static X509TrustManager trustManagerFor(KeyStore store) {
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init(store);
            for (TrustManager t : f.getTrustManagers()) {
                if (t instanceof X509TrustManager x) {
                    return x;
                }
            }
            throw new IllegalStateException("the Java runtime has no X.509 trust manager");
        } catch (NoSuchAlgorithmException | KeyStoreException e) {
            throw new IllegalStateException("the Java runtime's trusted certificates cannot be read", e);
        }
    }
}
