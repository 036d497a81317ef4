package org.oscc.chamberlain.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain fetch ...}: what Chamberlain reads from the mail server; on its own a usage error. */
@Command(name = "fetch", mixinStandardHelpOptions = true, description = "Reads from the mail server.",
        subcommands = {FetchRepliesCommand.class})
class FetchCommand implements Runnable {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to fetch, e.g. chamberlain fetch replies");
    }
}
