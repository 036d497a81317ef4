package org.oscc.chamberlain.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.text.Messages;

/**
 * The user guide that ships inside the program (docs/user-guide.md and its screenshots), written out as an HTML page
 * in the data folder so the desktop's browser can show it, offline.
 */
final class UserGuide {
    private static final String BASE = "/org/oscc/chamberlain/guide/";
    private static final Pattern IMAGE = Pattern.compile("\\((images/[A-Za-z0-9._-]+\\.png)\\)");

    /** The page's look: markup, not a message. */
    private static final String STYLE = String.join("", "body{font-family:system-ui,sans-serif;max-width:60rem;",
            "margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}", // not a message
            "img{max-width:100%;border:1px solid #d0d7de;border-radius:6px}", // not a message
            "table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 8px}", // not a message
            "code{background:#f6f8fa;padding:1px 4px;border-radius:4px}"); // not a message

    private final DataFolders folders;

    UserGuide(DataFolders folders) {
        this.folders = folders;
    }

    /** The guide's file in a language: user-guide.md in English, user-guide.fr.md in French. */
    static String fileName(Locale language) {
        return Messages.FRENCH.getLanguage().equals(language.getLanguage()) ? "user-guide.fr.md" : "user-guide.md";
    }

    /** The language the guide is shown in: the screens' language where it is translated, else English. */
    static Locale language() {
        Locale language = Messages.locale();
        return UserGuide.class.getResource(BASE + fileName(language)) != null ? language : Messages.ENGLISH;
    }

    /** The guide's text as written (Markdown reads well as it is), for showing it inside the window. */
    static String text() throws IOException {
        try (InputStream in = UserGuide.class.getResourceAsStream(BASE + fileName(language()))) {
            if (in == null) {
                throw new IOException(Messages.get("guide.missing"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * True when the desktop has a way to open a web page: on Linux and other Unix desktops that is xdg-open or one
     * of the browsers JavaFX tries (it starts them without telling whether that worked); Windows and macOS always do.
     */
    static boolean browserAvailable(String osName, String path) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            for (String program : List.of("xdg-open", "google-chrome", "firefox", "opera", "konqueror", "mozilla")) {
                if (!folder.isBlank() && Files.isExecutable(Path.of(folder, program))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Writes the guide and returns the HTML file to open. */
    Path export() throws IOException {
        Locale language = language();
        String markdown = text();
        Path folder = folders.home().resolve("guide");
        Files.createDirectories(folder.resolve("images"));
        Matcher m = IMAGE.matcher(markdown);
        while (m.find()) {
            try (InputStream image = UserGuide.class.getResourceAsStream(BASE + m.group(1))) {
                if (image != null) {
                    Files.copy(image, folder.resolve(m.group(1)), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        String body = HtmlRenderer.builder().extensions(extensions).build()
                .render(Parser.builder().extensions(extensions).build().parse(markdown));
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">" // not a message
                + "<title>" + Messages.in(language, "guide.title") + "</title><style>" + STYLE + "</style></head><body>"
                + body + "</body></html>";
        Path page = folder.resolve(fileName(language).replace(".md", ".html"));
        Files.writeString(page, html, StandardCharsets.UTF_8);
        return page;
    }
}
