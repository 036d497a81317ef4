package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain fetch ...}: what Chamberlain reads from the mail server; on its own a usage error. */
@Command(name = "fetch", mixinStandardHelpOptions = true, description = "${bundle:cli.help.fetch}",
        subcommands = {FetchRepliesCommand.class})
class FetchCommand implements Runnable {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Messages.get("cli.fetch.what"));
    }
}
