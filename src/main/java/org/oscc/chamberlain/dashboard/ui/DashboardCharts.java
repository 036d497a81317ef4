package org.oscc.chamberlain.dashboard.ui;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.oscc.chamberlain.dashboard.DashboardFigures;
import org.oscc.chamberlain.pledges.MemberFulfilment;
import org.oscc.chamberlain.pledges.MonthFigures;
import org.oscc.chamberlain.pledges.ProjectHours;
import org.oscc.chamberlain.pledges.ui.Figures;
import org.oscc.chamberlain.ui.Messages;

/** The dashboard's three charts, built from figures already summed: by month, by project, members most behind. */
final class DashboardCharts {
    private DashboardCharts() {
    }

    static Node charts(DashboardFigures f) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        Node months = months(f.months());
        grid.add(months, 0, 0, 2, 1);
        grid.add(projects(f.topProjects()), 0, 1);
        grid.add(members(f.mostBehind()), 1, 1);
        return grid;
    }

    private static Node months(List<MonthFigures> months) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(Messages.get("dashboard.chart.hours"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("chart-months");
        XYChart.Series<String, Number> expected = new XYChart.Series<>();
        expected.setName(Messages.get("dashboard.chart.expected"));
        XYChart.Series<String, Number> delivered = new XYChart.Series<>();
        delivered.setName(Messages.get("dashboard.chart.delivered"));
        for (MonthFigures m : months) {
            String label = m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.getDefault()) + " "
                    + m.month().getYear() % 100;
            expected.getData().add(new XYChart.Data<>(label, Figures.chartHours(m.scheduledMinutes())));
            delivered.getData().add(new XYChart.Data<>(label, Figures.chartHours(m.deliveredMinutes())));
        }
        chart.getData().add(expected);
        chart.getData().add(delivered);
        return style(chart, "dashboard.chart.months");
    }

    private static Node projects(List<ProjectHours> projects) {
        NumberAxis x = new NumberAxis();
        x.setLabel(Messages.get("dashboard.chart.hours"));
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("chart-projects");
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // largest at the top: a category axis lists from the bottom up
        for (int i = projects.size() - 1; i >= 0; i--) {
            ProjectHours p = projects.get(i);
            series.getData().add(new XYChart.Data<>(Figures.chartHours(p.deliveredMinutes()), p.projectName()));
        }
        chart.getData().add(series);
        chart.setLegendVisible(false);
        return rows(style(chart, "dashboard.chart.projects"), projects.size());
    }

    private static Node members(List<MemberFulfilment> members) {
        NumberAxis x = new NumberAxis();
        x.setLabel(Messages.get("dashboard.chart.percent"));
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("chart-members");
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (int i = members.size() - 1; i >= 0; i--) {
            MemberFulfilment m = members.get(i);
            Integer bp = m.fulfilment().percentOfExpectedBp();
            series.getData().add(new XYChart.Data<>(bp == null ? 0 : (bp + 50) / 100, m.memberName() + " ("
                    + Messages.get("pledges.behindBy", Figures.hours(m.fulfilment().expectedMinutes()
                            - m.fulfilment().deliveredMinutes())) + ")"));
        }
        chart.getData().add(series);
        chart.setLegendVisible(false);
        return rows(style(chart, "dashboard.chart.members"), members.size());
    }

    /**
     * A horizontal bar chart tall enough for its rows: with the default gaps (10 + 4 px) and 15 rows in 300 px,
     * bars shrink to hairlines and every other label is hidden for lack of room.
     */
    private static <X, Y> XYChart<X, Y> rows(XYChart<X, Y> chart, int rows) {
        BarChart<X, Y> bars = (BarChart<X, Y>) chart;
        bars.setCategoryGap(6);
        bars.setBarGap(0);
        double height = Math.max(280, 110 + rows * ROW_HEIGHT);
        // inline, because the stylesheet's .dashboard-chart height wins over setPrefHeight
        bars.setStyle("-fx-min-height: " + height + "; -fx-pref-height: " + height + ";");
        return bars;
    }

    private static final double ROW_HEIGHT = 24;

    private static <X, Y> XYChart<X, Y> style(XYChart<X, Y> chart, String titleKey) {
        chart.setTitle(Messages.get(titleKey));
        chart.setAnimated(false);
        chart.getStyleClass().add("dashboard-chart");
        return chart;
    }
}
