package org.oscc.chamberlain.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.oscc.chamberlain.root.ChamberServices;
import org.oscc.chamberlain.store.DataFolders;
import org.oscc.chamberlain.store.Store;
import org.oscc.chamberlain.store.StoreOpener;
import org.oscc.chamberlain.store.StoreUnavailableException;
import org.oscc.chamberlain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code chamberlain}: without a command it opens the window; with one it does that job and exits. */
@Command(name = "chamberlain", mixinStandardHelpOptions = true, versionProvider = ChamberlainCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "${bundle:cli.help.chamberlain}",
        subcommands = {DemoCommand.class, CheckCommand.class, BackupCommand.class, RestoreCommand.class,
            ListCommand.class, ExportCommand.class, ImportCommand.class, SendCommand.class,
            FetchCommand.class})
public class ChamberlainCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "${bundle:cli.label.file}", scope = ScopeType.INHERIT,
            descriptionKey = "cli.help.db")
    Path db;

    /** Read before picocli runs (Cli.languageOf), so that help and errors speak it too; declared here to be accepted. */
    @Option(names = "--lang", paramLabel = "fr|en", scope = ScopeType.INHERIT, converter = LanguageConverter.class,
            descriptionKey = "cli.help.lang")
    Locale lang;

    private final WindowStarter windowStarter;
    private final Map<String, String> environment;

    public ChamberlainCommand(WindowStarter windowStarter, Map<String, String> environment) {
        this.windowStarter = windowStarter;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        return windowStarter.start(Optional.ofNullable(db));
    }

    /** The store file this invocation means. */
    Path storeFile() {
        return DataFolders.forCurrentUser().storeFile(Optional.ofNullable(db), environment);
    }

    /** A variable of the environment this invocation runs in (e.g. CHAMBERLAIN_SMTP_PASSWORD), or null. */
    String environmentVariable(String name) {
        return environment.get(name);
    }

    /** Opens (and migrates) the store this invocation means. */
    Store openStore() throws StoreUnavailableException {
        return new StoreOpener().open(storeFile());
    }

    /** The services on the store this invocation means, from the same composition root as the window's. */
    ChamberServices openServices() throws StoreUnavailableException {
        return ChamberServices.open(storeFile(), DataFolders.forCurrentUser());
    }

    /** "fr" or "en" (fr-CA, en_US and the like are taken too). */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return Messages.forTag(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    Messages.get("cli.lang.unknown", value)));
        }
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return VersionAnswer.lines().toArray(String[]::new);
        }
    }
}
