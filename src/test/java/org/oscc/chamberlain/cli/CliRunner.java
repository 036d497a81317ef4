package org.oscc.chamberlain.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process, capturing what it prints. The window starter records that it was asked for. */
public final class CliRunner {
    public record Result(int exitCode, String out, String err, boolean windowRequested) {
    }

    private CliRunner() {
    }

    public static Result run(String... args) {
        return run(Map.of(), args);
    }

    public static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        boolean[] window = {false};
        int code = Cli.run(args, db -> {
            window[0] = true;
            return 0;
        }, env, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString(), window[0]);
    }
}
