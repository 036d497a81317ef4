package org.oscc.chamberlain.cli;

import org.oscc.chamberlain.root.ChamberServices;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.sample.SampleChamberService;
import org.oscc.chamberlain.sample.SampleSummary;
import org.oscc.chamberlain.text.Messages;
import org.oscc.chamberlain.validation.InvalidInputException;
import org.oscc.chamberlain.validation.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chamberlain demo [--force]}: loads the fictional sample chamber to try Chamberlain with. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.demo}")
class DemoCommand implements Callable<Integer> {
    @ParentCommand
    ChamberlainCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--force", descriptionKey = "cli.help.demo.force")
    boolean force;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ChamberServices services = parent.openServices()) {
            SampleChamberService service = services.sample();
            SampleSummary summary;
            try {
                summary = service.load(force);
            } catch (InvalidInputException e) {
                List<Problem> problems = new ArrayList<>(e.problems());
                problems.add(Problem.of("", Messages.get("cli.demo.force")));
                throw new InvalidInputException(problems);
            }
            out.println(Messages.get(summary.replaced() ? "cli.demo.replaced" : "cli.demo.loaded", services.store().file()));
            TextTable.printCounts(summary.counts(), "cli.demo.count.", out);
            out.println(Messages.get("cli.demo.madeUp"));
        }
        return ExitCodes.DONE;
    }
}
