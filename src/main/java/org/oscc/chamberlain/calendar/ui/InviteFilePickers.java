package org.oscc.chamberlain.calendar.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.oscc.chamberlain.ui.Messages;

/** Where the invite dialog asks the user for files: the desktop's own dialogs, or fixed answers in tests. */
public interface InviteFilePickers {

    Optional<Path> saveIcs(Window owner, String suggestedName);

    Optional<Path> mailFolder(Window owner);

    List<Path> replies(Window owner);

    /** The desktop's file dialogs. */
    InviteFilePickers DESKTOP = new InviteFilePickers() {
        @Override
        public Optional<Path> saveIcs(Window owner, String suggestedName) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("invite.saveIcs"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("reports.filter.ics"), "*.ics"));
            chooser.setInitialFileName(suggestedName);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> mailFolder(Window owner) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("invite.writeMails"));
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        }

        @Override
        public List<Path> replies(Window owner) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("invite.importReplies"));
            chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter(Messages.get("invite.replyFiles"), "*.ics", "*.eml"));
            List<File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }
    };
}
