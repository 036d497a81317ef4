package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain send ...}: what Chamberlain sends by e-mail; on its own a usage error. */
@Command(name = "send", mixinStandardHelpOptions = true, description = "${bundle:cli.help.send}",
        subcommands = {SendInvitesCommand.class})
class SendCommand implements Runnable {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Messages.get("cli.send.what"));
    }
}
