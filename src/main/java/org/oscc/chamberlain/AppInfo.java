package org.oscc.chamberlain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's name and version, as Maven built it. */
public final class AppInfo {
    private static final Properties PROPERTIES = load();

    private AppInfo() {
    }

    public static String name() {
        return PROPERTIES.getProperty("name", "Chamberlain"); // the product name: not a message
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "development");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
