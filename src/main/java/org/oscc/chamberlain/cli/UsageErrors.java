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
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            // a typo: the likely words and where the help is, not the whole help
            if (!unmatched.getSuggestions().isEmpty()) {
                err.println(Messages.get("cli.usage.didYouMean", String.join(", ", unmatched.getSuggestions())));
            }
            err.println(Messages.get("cli.usage.seeHelp", command.getCommandSpec().qualifiedName()));
        } else {
            command.usage(err);
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
            String why = e.getCause() instanceof TypeConversionException t ? t.getMessage() : kindOf(e.getArgSpec());
            return Messages.get("cli.usage.invalidValue", e.getValue(), name(e.getArgSpec()), why);
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
