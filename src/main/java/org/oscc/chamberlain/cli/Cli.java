package org.oscc.chamberlain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.oscc.chamberlain.store.StoreFaults;
import org.oscc.chamberlain.store.StoreUnavailableException;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the {@code chamberlain} command line and maps failures to the documented exit codes and messages. */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(String[] args, WindowStarter windowStarter, Map<String, String> environment,
            PrintWriter out, PrintWriter err) {
        Locale before = Messages.locale();
        Messages.use(languageOf(args).orElseGet(Messages::startLanguage));
        try {
            return runIn(args, windowStarter, environment, out, err);
        } finally {
            Messages.use(before);
        }
    }

    /** The language a run asks for with --lang fr|en (--lang=fr too), wherever it stands among the arguments. */
    static Optional<Locale> languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].startsWith("--lang=")) {
                return Messages.forTag(args[i].substring("--lang=".length()));
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Messages.forTag(args[i + 1]);
            }
        }
        return Optional.empty();
    }

    private static int runIn(String[] args, WindowStarter windowStarter, Map<String, String> environment,
            PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ChamberlainCommand(windowStarter, environment));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        CliHelp.localize(cl);
        cl.setParameterExceptionHandler(new UsageErrors());
        ChamberlainCommand root = cl.getCommand();
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine.getErr(),
                root::storeFile));
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static int handle(Exception e, PrintWriter err, Supplier<Path> storeFile) {
        if (e instanceof StoreFaults.NoRoomException io) {
            // a backup or an export to a full disk: its message already names the file and the folder
            err.println("chamberlain: " + io.getMessage());
            LOG.warn("No room left", io);
            return ExitCodes.INPUT_REFUSED;
        }
        if (!(e instanceof StoreUnavailableException) && !(e instanceof InvalidInputException)) {
            // a damaged page, a read-only file or a full disk met while working: a plain answer, not a bug
            Optional<StoreFaults.Fault> fault = StoreFaults.of(e, storeFile.get());
            if (fault.isPresent()) {
                err.println("chamberlain: " + fault.get().message());
                LOG.warn("Store fault ({}): {}", fault.get().kind(), fault.get().message(), e);
                return fault.get().kind() == StoreFaults.Kind.FULL ? ExitCodes.INPUT_REFUSED
                        : ExitCodes.STORE_UNUSABLE;
            }
        }
        if (e instanceof StoreUnavailableException sue) {
            err.println("chamberlain: " + sue.getMessage());
            LOG.warn("Store refused: {}", sue.getMessage());
            return ExitCodes.STORE_UNUSABLE;
        }
        if (e instanceof InvalidInputException iie) {
            err.println("chamberlain: " + Messages.get("cli.refused"));
            iie.problems().forEach(p -> err.println("  " + ProblemLines.describe(p)));
            return ExitCodes.INPUT_REFUSED;
        }
        if (e instanceof java.io.IOException io) {
            err.println("chamberlain: " + io.getMessage());
            LOG.warn("File problem", io);
            return ExitCodes.INPUT_REFUSED;
        }
        LOG.error("Unexpected error in a command", e);
        err.println("chamberlain: " + Messages.get("cli.unexpected", e));
        return ExitCodes.INTERNAL_ERROR;
    }
}
