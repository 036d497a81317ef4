package org.oscc.chamberlain.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * A command line picocli could not make sense of (an unknown option, a missing file, a value of the wrong kind), said
 * in the run's language, with where to find the help. Exit 2.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("chamberlain: " + message(e));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            err.println(Messages.get("cli.usage.didYouMean", String.join(", ", unmatched.getSuggestions())));
        }
        if (e instanceof CommandLine.MissingParameterException || e.getArgSpec() == null
                && !(e instanceof CommandLine.UnmatchedArgumentException)) {
            // something left out (a file, a subcommand): the command's help shows what it takes
            command.usage(err);
        } else {
            // a typo or a wrong value: the likely words and where the help is, not the whole help
            err.println(Messages.get("cli.usage.seeHelp", command.getCommandSpec().qualifiedName()));
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    static String message(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            boolean option = !words.isEmpty() && words.get(0).startsWith("-");
            return Messages.get(option ? "cli.usage.unknownOption" : "cli.usage.unknownArgument",
                    String.join(" ", words));
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return Messages.get("cli.usage.missing", missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")), missing.getMissing().size());
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return Messages.get("cli.usage.twice", name(overwritten.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            if (!e.getArgSpec().type().isEnum() && e.getCause() instanceof TypeConversionException ours) {
                // our converters say it whole, value included ("tard" is not a status; use one of ...)
                return Messages.get("cli.usage.badValue", name(e.getArgSpec()), ours.getMessage());
            }
            return Messages.get("cli.usage.invalidValue", e.getValue(), name(e.getArgSpec()), kindOf(e.getArgSpec()));
        }
        return e.getMessage();
    }

    /** What a value of this option should be, for picocli's own conversions (numbers, enums, files). */
    private static String kindOf(ArgSpec arg) {
        Class<?> type = arg.type();
        if (type.isEnum()) {
            return Messages.get("cli.usage.oneOf", java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", ")));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Messages.get("cli.usage.wholeNumber");
        }
        return Messages.get("cli.usage.unreadable");
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
    }
}
