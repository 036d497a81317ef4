package org.oscc.chamberlain.cli;

import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help of every command in the run's language. picocli reads the descriptions from our bundle (options by their
 * {@code descriptionKey}, commands and labels by {@code ${bundle:key}}); the headings it writes itself ("Usage:",
 * "Commands:") are set here, for the whole tree of commands.
 */
final class CliHelp {
    /** picocli's own keys for the --help and --version options of {@code mixinStandardHelpOptions}. */
    static final List<String> PICOCLI_KEYS = List.of("mixinStandardHelpOptions.help",
            "mixinStandardHelpOptions.version");

    private CliHelp() {
    }

    static void localize(CommandLine root) {
        root.setResourceBundle(new HelpBundle(Messages.bundle()));
        headings(root);
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (int code = ExitCodes.DONE; code <= ExitCodes.INTERNAL_ERROR; code++) {
            exitCodes.put(Integer.toString(code), Messages.get("cli.help.exit." + code).replace('\u2019', '\u02bc'));
        }
        root.getCommandSpec().usageMessage().exitCodeListHeading(Messages.get("cli.help.exitCodes"))
                .exitCodeList(exitCodes);
    }

    /**
     * The bundle as picocli reads it. picocli wraps the help at the break points of {@link java.text.BreakIterator},
     * which breaks after a typographic apostrophe ("l’" at the end of a line, "avoir" on the next): in the help the
     * apostrophe is written as the modifier letter that looks the same and keeps "lʼavoir" in one piece.
     */
    static final class HelpBundle extends ResourceBundle {
        private final ResourceBundle messages;

        HelpBundle(ResourceBundle messages) {
            this.messages = messages;
        }

        @Override
        protected Object handleGetObject(String key) {
            return messages.containsKey(key) ? messages.getString(key).replace('\u2019', '\u02bc') : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return messages.getKeys();
        }

        @Override
        public Locale getLocale() {
            return messages.getLocale();
        }
    }

    private static void headings(CommandLine command) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        usage.synopsisHeading(Messages.get("cli.help.usage"))
                .commandListHeading(Messages.get("cli.help.commands"))
                .synopsisSubcommandLabel(Messages.get("cli.help.commandLabel"));
        command.getSubcommands().values().forEach(CliHelp::headings);
    }
}
