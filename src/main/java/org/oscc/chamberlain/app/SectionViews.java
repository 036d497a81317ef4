package org.oscc.chamberlain.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.util.Callback;
import org.oscc.chamberlain.dashboard.ui.DashboardController;
import org.oscc.chamberlain.pledges.ui.PledgesController;
import org.oscc.chamberlain.ui.Messages;
import org.oscc.chamberlain.ui.Refreshable;

/** Builds each section's view on first visit (FXML through the controller factory) and keeps it for the next. */
final class SectionViews {
    private final Callback<Class<?>, Object> controllerFactory;
    private final Map<Section, Node> built = new EnumMap<>(Section.class);
    private DashboardController dashboard;
    private PledgesController pledges;

    SectionViews(Callback<Class<?>, Object> controllerFactory) {
        this.controllerFactory = controllerFactory;
    }

    Node view(Section section) {
        return built.computeIfAbsent(section, this::build);
    }

    DashboardController dashboard() {
        view(Section.DASHBOARD);
        return dashboard;
    }

    PledgesController pledges() {
        view(Section.PLEDGES);
        return pledges;
    }

    private Node build(Section section) {
        return switch (section) {
            case DASHBOARD -> {
                FXMLLoader loader = loader("/org/oscc/chamberlain/dashboard/ui/DashboardView.fxml");
                Node root = load(loader);
                dashboard = loader.getController();
                yield root;
            }
            case SETTINGS -> load(loader("/org/oscc/chamberlain/settings/ui/SettingsView.fxml"));
            case MEMBERS -> load(loader("/org/oscc/chamberlain/members/ui/MembersView.fxml"));
            case PROJECTS -> load(loader("/org/oscc/chamberlain/projects/ui/ProjectsView.fxml"));
            case PLEDGES -> {
                FXMLLoader loader = loader("/org/oscc/chamberlain/pledges/ui/PledgesView.fxml");
                Node root = load(loader);
                pledges = loader.getController();
                yield root;
            }
            case PITCH_NIGHTS -> load(loader("/org/oscc/chamberlain/pitches/ui/PitchNightsView.fxml"));
            case REPORTS -> load(loader("/org/oscc/chamberlain/reports/ui/ReportsView.fxml"));
        };
    }

    private FXMLLoader loader(String resource) {
        URL url = SectionViews.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing view " + resource);
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setControllerFactory(controllerFactory);
        return loader;
    }

    private static Node load(FXMLLoader loader) {
        try {
            Parent root = loader.load();
            org.oscc.chamberlain.ui.IsoDates.applyTo(root);
            if (loader.getController() instanceof Refreshable r) {
                root.setUserData(r);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("could not load " + loader.getLocation(), e);
        }
    }
}
