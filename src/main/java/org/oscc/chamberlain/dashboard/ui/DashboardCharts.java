package org.oscc.chamberlain.dashboard.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.oscc.chamberlain.dashboard.DashboardFigures;
import org.oscc.chamberlain.dashboard.MonthBar;
import org.oscc.chamberlain.pledges.MemberShortfall;
import org.oscc.chamberlain.pledges.ProjectHours;
import org.oscc.chamberlain.pledges.ui.Figures;
import org.oscc.chamberlain.text.DateTimeText;
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

    private static Node months(List<MonthBar> months) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(Messages.get("dashboard.chart.hours"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("chart-months");
        XYChart.Series<String, Number> expected = new XYChart.Series<>();
        expected.setName(Messages.get("dashboard.chart.expected"));
        XYChart.Series<String, Number> delivered = new XYChart.Series<>();
        delivered.setName(Messages.get("dashboard.chart.delivered"));
        for (MonthBar m : months) {
            String label = monthLabel(m);
            expected.getData().add(new XYChart.Data<>(label, Figures.chartHours(m.expectedMinutes())));
            delivered.getData().add(new XYChart.Data<>(label, Figures.chartHours(m.deliveredMinutes())));
        }
        chart.getData().add(expected);
        chart.getData().add(delivered);
        style(chart, "dashboard.chart.months");
        // the current month is counted to today: the title says so once, the axis keeps short month names
        months.stream().filter(MonthBar::toDate).findFirst().ifPresent(m -> chart.setTitle(Messages.get(
                "dashboard.chart.months.toDate", DateTimeText.month(m.month()), DateTimeText.date(m.through()))));
        return chart;
    }

    /** "Dec 2026": a month that cannot be read as a date. */
    static String monthLabel(MonthBar m) {
        return DateTimeText.month(m.month());
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
            series.getData().add(new XYChart.Data<>(Figures.chartHours(p.deliveredMinutes()), p.shownProjectName()));
        }
        chart.getData().add(series);
        chart.setLegendVisible(false);
        return rows(style(chart, "dashboard.chart.projects"), projects.size());
    }

    /**
     * The members with the most hours short of what was expected by today, the most at the top; each bar is the
     * hours short, coloured by the member's most serious status (amber Behind, red At risk or Overdue).
     */
    private static Node members(List<MemberShortfall> members) {
        NumberAxis x = new NumberAxis();
        x.setLabel(Messages.get("dashboard.chart.hoursShort"));
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("chart-members");
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // largest at the top: a category axis lists from the bottom up
        for (int i = members.size() - 1; i >= 0; i--) {
            MemberShortfall m = members.get(i);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(chartHoursExact(m.shortMinutes()),
                    m.memberName() + " (" + Figures.status(m.status()) + ")");
            series.getData().add(bar);
        }
        chart.getData().add(series);
        // the chart makes each bar's node as the series is added, setting its own classes: the status class after
        for (int i = 0; i < series.getData().size(); i++) {
            series.getData().get(i).getNode().getStyleClass().add(Figures.styleClass(
                    members.get(members.size() - 1 - i).status()));
        }
        chart.setLegendVisible(false);
        return rows(style(chart, "dashboard.chart.members"), members.size());
    }

    /** Hours with one decimal for a bar that must not vanish when a member is short by less than half an hour. */
    static double chartHoursExact(long minutes) {
        return Math.round(minutes / 6.0) / 10.0;
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
